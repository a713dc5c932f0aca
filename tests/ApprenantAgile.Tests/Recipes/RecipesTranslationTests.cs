using System.Reflection;
using System.Text;
using System.Text.RegularExpressions;
using ApprenantAgile.Platform.Recipes;

namespace ApprenantAgile.Tests.Recipes;

/// <summary>Checks the French PO file of the recipe engine and the export and import page, as it ships in the build output.</summary>
public sealed partial class RecipesTranslationTests
{
    [Fact]
    public void French_po_translates_every_entry()
    {
        var entries = ReadEntries();

        Assert.True(entries.Count > 40, $"Only {entries.Count} entries were read from Recipes.fr.po.");
        Assert.All(entries, entry => Assert.False(string.IsNullOrWhiteSpace(entry.Translation), $"No French text for \"{entry.Key}\"."));
    }

    [Fact]
    public void French_po_keeps_placeholders()
    {
        Assert.All(ReadEntries(), entry => Assert.Equal(Placeholders(entry.Key), Placeholders(entry.Translation)));
    }

    private static List<(string Key, string Translation)> ReadEntries()
    {
        var assembly = typeof(RecipeExecutor).Assembly;
        using var stream = assembly.GetManifestResourceStream("ApprenantAgile.Platform.Localization.Recipes.fr.po")
            ?? throw new InvalidOperationException(
                $"Recipes.fr.po is not embedded in {assembly.GetName().Name}. Check the EmbeddedResource item of the Platform project.");
        using var reader = new StreamReader(stream, Encoding.UTF8);

        // Recipes.fr.po uses single-line msgid and msgstr only; the header entry has an empty msgid.
        var entries = new List<(string, string)>();
        string? key = null;
        foreach (var line in reader.ReadToEnd().Split('\n'))
        {
            var match = PoLine().Match(line.TrimEnd('\r'));
            if (!match.Success)
            {
                continue;
            }

            if (match.Groups["keyword"].Value == "msgid")
            {
                key = match.Groups["text"].Value;
            }
            else if (key is { Length: > 0 })
            {
                entries.Add((key, match.Groups["text"].Value));
                key = null;
            }
        }

        return entries;
    }

    private static string[] Placeholders(string text) =>
        Placeholder().Matches(text).Select(m => m.Value).Order(StringComparer.Ordinal).ToArray();

    [GeneratedRegex(@"^(?<keyword>msgid|msgstr) ""(?<text>(?:[^""\\]|\\.)*)""$")]
    private static partial Regex PoLine();

    [GeneratedRegex(@"\{\d+(?::[^}]*)?\}")]
    private static partial Regex Placeholder();
}
