using QRCoder;

namespace ApprenantAgile.Portfolio.Sharing;

/// <summary>QR codes of share URLs, as SVG documents drawn by QRCoder.</summary>
public static class QrCodes
{
    private const int PixelsPerModule = 4;

    /// <summary>Draws <paramref name="text"/> at error correction level M, which survives a printed code being a little damaged.</summary>
    public static string Svg(string text)
    {
        using var generator = new QRCodeGenerator();
        using var data = generator.CreateQrCode(text, QRCodeGenerator.ECCLevel.M);
        return new SvgQRCode(data).GetGraphic(PixelsPerModule);
    }

    /// <summary>The SVG as a data URL, for an img element or a download link.</summary>
    public static string SvgDataUrl(string text) =>
        "data:image/svg+xml;base64," + Convert.ToBase64String(System.Text.Encoding.UTF8.GetBytes(Svg(text)));
}
