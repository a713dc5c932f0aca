// Generates the national catalogue's badge images (SVG and 512 × 512 PNG) from the catalogue recipe.
// Usage, from the repository root:
//   dotnet run --project tools/BadgeArtwork -- recipes/catalogue-national.recipe.json src/Modules/Badges/Catalogue/Artwork
// The PNG text uses DejaVu Sans from the system (Debian package fonts-dejavu-core); no font goes into the repository.
using System.Text.Json.Nodes;
using SkiaSharp;

if (args.Length != 2)
{
    Console.Error.WriteLine("Usage: BadgeArtwork <catalogue recipe JSON> <output folder>");
    return 2;
}

const string FontFolder = "/usr/share/fonts/truetype/dejavu";
var boldPath = Path.Combine(FontFolder, "DejaVuSans-Bold.ttf");
var regularPath = Path.Combine(FontFolder, "DejaVuSans.ttf");
if (!File.Exists(boldPath) || !File.Exists(regularPath))
{
    Console.Error.WriteLine($"DejaVu Sans was not found in {FontFolder}. Install it with: apt-get install fonts-dejavu-core");
    return 1;
}

using var bold = SKTypeface.FromFile(boldPath);
using var regular = SKTypeface.FromFile(regularPath);

var step = JsonNode.Parse(await File.ReadAllTextAsync(args[0]))!["steps"]!.AsArray()
    .First(s => s!["name"]!.GetValue<string>() == "BadgeCatalogue")!;
var colors = step["families"]!.AsArray().ToDictionary(f => f!["code"]!.GetValue<string>(), f => f!["color"]!.GetValue<string>());
var levels = step["levels"]!.AsArray().ToDictionary(l => l!["code"]!.GetValue<string>(), l => (Rank: l!["rank"]!.GetValue<int>(), Name: l["name"]!.GetValue<string>()));

Directory.CreateDirectory(args[1]);
foreach (var badge in step["badges"]!.AsArray())
{
    var slug = badge!["slug"]!.GetValue<string>();
    var family = badge["family"]?.GetValue<string>();
    var level = badge["level"]?.GetValue<string>();
    var name = badge["name"]!.GetValue<string>();

    // "Communication – Explorateur": the level is drawn as marks and a caption, so the name keeps the part before the dash.
    var title = name.Split(" – ")[0];
    var design = new BadgeDesign(
        slug,
        BadgeDesign.Wrap(title, 14),
        family is null ? BadgeDesign.NeutralColor : colors[family],
        level is null ? 0 : levels[level].Rank,
        level is null ? "" : levels[level].Name);

    await File.WriteAllTextAsync(Path.Combine(args[1], slug + ".svg"), SvgWriter.Write(design));
    await File.WriteAllBytesAsync(Path.Combine(args[1], slug + ".png"), PngWriter.Write(design, bold, regular));
    Console.WriteLine($"{slug}: {design.NameLines.Count} name lines, level rank {design.LevelRank}");
}

return 0;
