namespace ApprenantAgile.Badges.Applications.Evidence;

/// <summary>
/// Finds the format of an uploaded file from its first bytes (its signature), never from its name or
/// the browser's media type, so that a page renamed "photo.png" is not accepted as an image.
/// </summary>
public static class EvidenceFileSniffer
{
    /// <summary>How many leading bytes <see cref="Detect"/> needs to recognise every accepted format.</summary>
    public const int HeaderLength = 64;

    /// <summary>Returns the accepted format whose signature <paramref name="header"/> starts with, or null when none matches.</summary>
    public static EvidenceFileType? Detect(ReadOnlySpan<byte> header)
    {
        if (header.StartsWith((ReadOnlySpan<byte>)[0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A]))
        {
            return EvidenceFileType.Png;
        }

        if (header.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xD8, 0xFF]))
        {
            return EvidenceFileType.Jpeg;
        }

        if (header.StartsWith("GIF87a"u8) || header.StartsWith("GIF89a"u8))
        {
            return EvidenceFileType.Gif;
        }

        if (header.StartsWith("%PDF-"u8))
        {
            return EvidenceFileType.Pdf;
        }

        if (header.StartsWith("OggS"u8))
        {
            return EvidenceFileType.Ogg;
        }

        // RIFF containers: bytes 8-11 name the format.
        if (header.Length >= 12 && header.StartsWith("RIFF"u8))
        {
            var format = header.Slice(8, 4);
            return format.SequenceEqual("WEBP"u8) ? EvidenceFileType.WebP
                : format.SequenceEqual("WAVE"u8) ? EvidenceFileType.Wav
                : null;
        }

        // ISO base media (MP4): an "ftyp" box first, its type at bytes 4-7.
        if (header.Length >= 12 && header.Slice(4, 4).SequenceEqual("ftyp"u8))
        {
            return EvidenceFileType.Mp4;
        }

        // EBML header. The DocType element then tells a WebM file from other Matroska files.
        if (header.StartsWith((ReadOnlySpan<byte>)[0x1A, 0x45, 0xDF, 0xA3]) && header.IndexOf("webm"u8) >= 0)
        {
            return EvidenceFileType.WebM;
        }

        return IsMp3(header) ? EvidenceFileType.Mp3 : null;
    }

    /// <summary>An ID3v2 tag, or an MPEG audio frame header: 11 sync bits, a valid version and layer III.</summary>
    private static bool IsMp3(ReadOnlySpan<byte> header)
    {
        if (header.StartsWith("ID3"u8))
        {
            return true;
        }

        if (header.Length < 2 || header[0] != 0xFF || (header[1] & 0xE0) != 0xE0)
        {
            return false;
        }

        var version = (header[1] >> 3) & 0x3;
        var layer = (header[1] >> 1) & 0x3;
        return version != 0x1 && layer == 0x1;
    }
}
