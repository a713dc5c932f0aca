using System.Globalization;
using System.Text.RegularExpressions;
using System.Xml.Linq;
using ZXing;
using ZXing.Common;
using ZXing.QrCode;

namespace ApprenantAgile.Tests.Portfolio;

/// <summary>
/// Reads the text of a QR code drawn as SVG (as QRCoder 1.8 draws it: a light rect, then one path
/// of "M x y h w v h h -w z" rectangles). Paints the drawing onto a grey-scale bitmap, with a
/// white margin, and lets ZXing's QR reader decode the bitmap. Nothing but the drawing is read.
/// </summary>
internal static partial class SvgQrDecoder
{
    private const int Scale = 4;
    private const int Margin = 16;

    public static string Decode(string svg)
    {
        var root = XDocument.Parse(svg).Root ?? throw new InvalidOperationException("The QR code SVG has no root element.");
        var shapes = root.Descendants().SelectMany(ReadShapes).ToList();
        Assert.True(shapes.Count > 1, "The QR code SVG draws no module: " + svg[..Math.Min(svg.Length, 300)]);

        var width = (int)Math.Ceiling(shapes.Max(s => s.X + s.Width)) * Scale;
        var height = (int)Math.Ceiling(shapes.Max(s => s.Y + s.Height)) * Scale;
        var stride = width + 2 * Margin;
        var rows = height + 2 * Margin;
        var pixels = Enumerable.Repeat((byte)255, stride * rows).ToArray();

        foreach (var shape in shapes)
        {
            Paint(pixels, stride, shape);
        }

        var source = new RGBLuminanceSource(pixels, stride, rows, RGBLuminanceSource.BitmapFormat.Gray8);
        var result = new QRCodeReader().decode(new BinaryBitmap(new HybridBinarizer(source)));
        Assert.True(result is not null, "ZXing found no QR code in the rasterised SVG.");
        return result.Text;
    }

    private static IEnumerable<Shape> ReadShapes(XElement element)
    {
        var dark = !IsLight(element.Attribute("fill")?.Value);
        if (element.Name.LocalName == "rect")
        {
            yield return new Shape(Number(element, "x"), Number(element, "y"), Number(element, "width"), Number(element, "height"), dark);
        }
        else if (element.Name.LocalName == "path")
        {
            foreach (Match match in PathRectangle().Matches(element.Attribute("d")?.Value ?? ""))
            {
                yield return new Shape(Parse(match, "x"), Parse(match, "y"), Parse(match, "w"), Parse(match, "h"), dark);
            }
        }
    }

    private static void Paint(byte[] pixels, int stride, Shape shape)
    {
        var shade = shape.Dark ? (byte)0 : (byte)255;
        var x0 = (int)(shape.X * Scale);
        var y0 = (int)(shape.Y * Scale);
        var x1 = (int)Math.Ceiling((shape.X + shape.Width) * Scale);
        var y1 = (int)Math.Ceiling((shape.Y + shape.Height) * Scale);
        for (var y = y0; y < y1; y++)
        {
            for (var x = x0; x < x1; x++)
            {
                pixels[(y + Margin) * stride + x + Margin] = shade;
            }
        }
    }

    private static double Number(XElement element, string attribute) =>
        double.Parse(element.Attribute(attribute)?.Value ?? "0", NumberStyles.Float, CultureInfo.InvariantCulture);

    private static double Parse(Match match, string group) =>
        double.Parse(match.Groups[group].Value, NumberStyles.Float, CultureInfo.InvariantCulture);

    private static bool IsLight(string? fill) =>
        fill is not null && (fill.Equals("#FFFFFF", StringComparison.OrdinalIgnoreCase) || fill.Equals("#FFF", StringComparison.OrdinalIgnoreCase) || fill.Equals("white", StringComparison.OrdinalIgnoreCase));

    private sealed record Shape(double X, double Y, double Width, double Height, bool Dark);

    [GeneratedRegex(@"M(?<x>[\d.]+)[ ,](?<y>[\d.]+)h(?<w>[\d.]+)v(?<h>[\d.]+)h-[\d.]+z")]
    private static partial Regex PathRectangle();
}
