namespace ApprenantAgile.Tests.Applications;

/// <summary>Small files whose first bytes are real signatures of the formats the evidence upload accepts or rejects.</summary>
public static class EvidenceSamples
{
    private static readonly byte[] PngSignature = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A];

    /// <summary>A PNG signature and IHDR chunk header followed by <paramref name="length"/> bytes in total.</summary>
    public static byte[] Png(int length = 1024)
    {
        var bytes = new byte[length];
        PngSignature.CopyTo(bytes, 0);
        "\0\0\0\rIHDR"u8.CopyTo(bytes.AsSpan(8));
        return bytes;
    }

    public static byte[] Pdf() => "%PDF-1.7\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n"u8.ToArray();

    public static byte[] Html() => "<!DOCTYPE html><html><body><script>alert(document.cookie)</script></body></html>"u8.ToArray();
}
