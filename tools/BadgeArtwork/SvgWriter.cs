using System.Globalization;
using System.Security;
using System.Text;

/// <summary>Writes a badge as a self-contained SVG: no script, no external reference, text in a generic font stack.</summary>
internal static class SvgWriter
{
    public static string Write(BadgeDesign design)
    {
        var c = CultureInfo.InvariantCulture;
        var svg = new StringBuilder();
        svg.Append(c, $"<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"{BadgeDesign.Size}\" height=\"{BadgeDesign.Size}\" viewBox=\"0 0 {BadgeDesign.Size} {BadgeDesign.Size}\" role=\"img\" aria-label=\"{Escape(string.Join(" ", design.NameLines))}\">\n");
        svg.Append(c, $"  <title>{Escape(string.Join(" ", design.NameLines))}</title>\n");
        svg.Append(c, $"  <circle cx=\"256\" cy=\"256\" r=\"248\" fill=\"#FFFFFF\"/>\n");
        svg.Append(c, $"  <circle cx=\"256\" cy=\"256\" r=\"236\" fill=\"{design.Color}\"/>\n");
        svg.Append(c, $"  <circle cx=\"256\" cy=\"256\" r=\"206\" fill=\"none\" stroke=\"#FFFFFF\" stroke-width=\"6\"/>\n");

        foreach (var (x, y) in design.MarkCentres())
        {
            var points = string.Join(" ", BadgeDesign.StarPoints(x, y).Select(p => string.Create(c, $"{p.X:0.##},{p.Y:0.##}")));
            svg.Append(c, $"  <polygon points=\"{points}\" fill=\"#FFFFFF\"/>\n");
        }

        var lineHeight = 44;
        var firstY = 270 - (design.NameLines.Count - 1) * lineHeight / 2;
        for (var index = 0; index < design.NameLines.Count; index++)
        {
            svg.Append(c, $"  <text x=\"256\" y=\"{firstY + index * lineHeight}\" text-anchor=\"middle\" font-family=\"DejaVu Sans, Verdana, Arial, sans-serif\" font-size=\"38\" font-weight=\"bold\" fill=\"#FFFFFF\">{Escape(design.NameLines[index])}</text>\n");
        }

        if (design.LevelName.Length > 0)
        {
            svg.Append(c, $"  <text x=\"256\" y=\"400\" text-anchor=\"middle\" font-family=\"DejaVu Sans, Verdana, Arial, sans-serif\" font-size=\"30\" fill=\"#FFFFFF\">{Escape(design.LevelName)}</text>\n");
        }

        svg.Append("</svg>\n");
        return svg.ToString();
    }

    private static string Escape(string text) => SecurityElement.Escape(text) ?? "";
}
