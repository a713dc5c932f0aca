namespace ApprenantAgile.Badges.Baking;

/// <summary>
/// Bakes a badge payload into a PNG as an iTXt chunk placed just before IEND, and reads it back.
/// Every other byte of the file, including chunks after IEND, is copied unchanged.
/// </summary>
public static class PngBaker
{
    /// <summary>
    /// Returns a copy of <paramref name="png"/> with <paramref name="text"/> (assertion JSON, JWS or
    /// credential JSON) in an iTXt chunk with <paramref name="keyword"/>. Any earlier iTXt, tEXt or zTXt
    /// chunk with that keyword is removed.
    /// </summary>
    /// <exception cref="InvalidBadgeImageException">The PNG structure is invalid.</exception>
    public static byte[] Bake(ReadOnlySpan<byte> png, string keyword, string text)
    {
        ValidateKeyword(keyword);
        ArgumentNullException.ThrowIfNull(text);

        var chunks = PngChunkReader.ReadChunks(png);
        var bakedChunk = PngTextChunks.CreateInternationalText(keyword, text);

        using var output = new MemoryStream(png.Length + bakedChunk.Length);
        output.Write(png[..PngChunkReader.Signature.Length]);
        foreach (var chunk in chunks)
        {
            if (IsBadgeChunk(png, chunk, keyword))
            {
                continue;
            }

            if (chunk.Type == "IEND")
            {
                output.Write(bakedChunk);
                output.Write(png[chunk.Offset..]);
                break;
            }

            output.Write(png.Slice(chunk.Offset, chunk.TotalLength));
        }

        return output.ToArray();
    }

    /// <summary>Bakes with the keyword of <paramref name="version"/>: "openbadges" for 2.0, "openbadgecredential" for 3.0.</summary>
    public static byte[] Bake(ReadOnlySpan<byte> png, OpenBadgesVersion version, string text) =>
        Bake(png, BakingFormat.PngKeyword(version), text);

    /// <summary>Returns the text of the first iTXt, tEXt or zTXt chunk with <paramref name="keyword"/>, or null when there is none.</summary>
    /// <exception cref="InvalidBadgeImageException">The PNG structure or the matching chunk is invalid.</exception>
    public static string? Unbake(ReadOnlySpan<byte> png, string keyword)
    {
        ValidateKeyword(keyword);
        foreach (var chunk in PngChunkReader.ReadChunks(png))
        {
            if (IsBadgeChunk(png, chunk, keyword))
            {
                return PngTextChunks.ReadText(chunk.Type, png.Slice(chunk.DataOffset, chunk.DataLength));
            }
        }

        return null;
    }

    private static bool IsBadgeChunk(ReadOnlySpan<byte> png, PngChunk chunk, string keyword) =>
        PngTextChunks.IsTextChunk(chunk.Type)
        && PngTextChunks.ReadKeyword(png.Slice(chunk.DataOffset, chunk.DataLength)) == keyword;

    private static void ValidateKeyword(string keyword)
    {
        ArgumentException.ThrowIfNullOrEmpty(keyword);

        // PNG keywords are 1 to 79 printable Latin-1 characters (section 11.3.4.2).
        if (keyword.Length > 79 || keyword.Any(c => c < 0x20 || c > 0xFF || (c > 0x7E && c < 0xA1)))
        {
            throw new ArgumentException($"'{keyword}' is not a valid PNG text keyword: use 1 to 79 printable Latin-1 characters.", nameof(keyword));
        }
    }
}
