using System.Buffers.Binary;
using System.IO.Compression;
using System.IO.Hashing;
using System.Text;

namespace ApprenantAgile.Badges.Baking;

/// <summary>Encodes iTXt chunks and decodes the keyword and text of iTXt, tEXt and zTXt chunks (PNG specification, section 11.3.4).</summary>
internal static class PngTextChunks
{
    /// <summary>Largest decompressed text read from a zTXt or compressed iTXt chunk, so a zlib bomb cannot exhaust memory.</summary>
    public const int MaxDecompressedTextBytes = 16 * 1024 * 1024;

    private static readonly Encoding Latin1 = Encoding.Latin1;

    public static bool IsTextChunk(string type) => type is "iTXt" or "tEXt" or "zTXt";

    /// <summary>Returns the keyword of a text chunk: the Latin-1 bytes before the first NUL.</summary>
    public static string ReadKeyword(ReadOnlySpan<byte> data)
    {
        var end = data.IndexOf((byte)0);
        return Latin1.GetString(end < 0 ? data : data[..end]);
    }

    /// <summary>Builds a whole iTXt chunk: uncompressed, empty language tag and translated keyword, UTF-8 text.</summary>
    public static byte[] CreateInternationalText(string keyword, string text)
    {
        var keywordBytes = Latin1.GetBytes(keyword);
        var textBytes = Encoding.UTF8.GetBytes(text);

        // keyword NUL, compression flag 0, compression method 0, language tag "" NUL, translated keyword "" NUL, text.
        var dataLength = keywordBytes.Length + 5 + textBytes.Length;
        var chunk = new byte[12 + dataLength];
        BinaryPrimitives.WriteUInt32BigEndian(chunk, (uint)dataLength);
        "iTXt"u8.CopyTo(chunk.AsSpan(4));
        keywordBytes.CopyTo(chunk.AsSpan(8));
        textBytes.CopyTo(chunk.AsSpan(8 + keywordBytes.Length + 5));

        var crc = Crc32.HashToUInt32(chunk.AsSpan(4, 4 + dataLength));
        BinaryPrimitives.WriteUInt32BigEndian(chunk.AsSpan(8 + dataLength), crc);
        return chunk;
    }

    /// <summary>Decodes the text of a text chunk: UTF-8 for iTXt, Latin-1 for tEXt and zTXt, inflating compressed text.</summary>
    public static string ReadText(string type, ReadOnlySpan<byte> data)
    {
        var keywordEnd = data.IndexOf((byte)0);
        if (keywordEnd < 0)
        {
            throw new InvalidBadgeImageException($"The PNG {type} chunk has no NUL byte after its keyword.");
        }

        var rest = data[(keywordEnd + 1)..];
        return type switch
        {
            "tEXt" => Latin1.GetString(rest),
            "zTXt" => Latin1.GetString(Inflate(type, rest.Length > 0 ? rest[1..] : rest)),
            "iTXt" => ReadInternationalText(rest),
            _ => throw new ArgumentException($"Chunk type {type} is not a text chunk; expected iTXt, tEXt or zTXt.", nameof(type)),
        };
    }

    private static string ReadInternationalText(ReadOnlySpan<byte> afterKeyword)
    {
        if (afterKeyword.Length < 2)
        {
            throw new InvalidBadgeImageException("The PNG iTXt chunk ends before its compression flag and method.");
        }

        var compressed = afterKeyword[0] == 1;
        var rest = afterKeyword[2..];
        for (var field = 0; field < 2; field++)
        {
            // Skip the language tag, then the translated keyword: each ends with a NUL.
            var end = rest.IndexOf((byte)0);
            if (end < 0)
            {
                throw new InvalidBadgeImageException("The PNG iTXt chunk is missing the NUL after its language tag or translated keyword.");
            }

            rest = rest[(end + 1)..];
        }

        return Encoding.UTF8.GetString(compressed ? Inflate("iTXt", rest) : rest);
    }

    private static byte[] Inflate(string type, ReadOnlySpan<byte> zlibData)
    {
        try
        {
            using var input = new MemoryStream(zlibData.ToArray());
            using var zlib = new ZLibStream(input, CompressionMode.Decompress);
            using var output = new MemoryStream();
            var buffer = new byte[81920];
            int read;
            while ((read = zlib.Read(buffer)) > 0)
            {
                if (output.Length + read > MaxDecompressedTextBytes)
                {
                    throw new InvalidBadgeImageException(
                        $"The compressed text of a PNG {type} chunk inflates to more than {MaxDecompressedTextBytes} bytes; it is rejected.");
                }

                output.Write(buffer, 0, read);
            }

            return output.ToArray();
        }
        catch (InvalidDataException ex)
        {
            throw new InvalidBadgeImageException($"The compressed text of a PNG {type} chunk is not valid zlib data: {ex.Message}", ex);
        }
    }
}
