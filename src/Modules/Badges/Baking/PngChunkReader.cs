using System.Buffers.Binary;
using System.IO.Hashing;
using System.Text;

namespace ApprenantAgile.Badges.Baking;

/// <summary>Splits a PNG file into chunks and checks its structure (signature, lengths, CRC-32, IEND), without decoding pixels.</summary>
public static class PngChunkReader
{
    public static ReadOnlySpan<byte> Signature => [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A];

    public static bool HasPngSignature(ReadOnlySpan<byte> data) => data.StartsWith(Signature);

    /// <summary>
    /// Returns the chunks from the first one up to and including IEND. Bytes after IEND are not read.
    /// </summary>
    /// <exception cref="InvalidBadgeImageException">The signature, a chunk length, a chunk type or a CRC is invalid, or IEND is missing.</exception>
    public static IReadOnlyList<PngChunk> ReadChunks(ReadOnlySpan<byte> png)
    {
        if (!HasPngSignature(png))
        {
            throw new InvalidBadgeImageException("The file is not a PNG: it does not start with the 8-byte PNG signature 89 50 4E 47 0D 0A 1A 0A.");
        }

        var chunks = new List<PngChunk>();
        var offset = Signature.Length;
        while (true)
        {
            if (png.Length - offset < 12)
            {
                throw new InvalidBadgeImageException(
                    $"The PNG is truncated: it ends at byte {png.Length} inside the chunk header at offset {offset}, before any IEND chunk.");
            }

            var length = BinaryPrimitives.ReadUInt32BigEndian(png[offset..]);
            var typeBytes = png.Slice(offset + 4, 4);
            var type = ReadChunkType(typeBytes, offset);
            if (length > int.MaxValue || length > (uint)(png.Length - offset - 12))
            {
                throw new InvalidBadgeImageException(
                    $"The PNG is truncated or corrupt: chunk {type} at offset {offset} declares {length} data bytes, past the end of the {png.Length}-byte file.");
            }

            var chunk = new PngChunk(type, offset, (int)length);
            var expectedCrc = BinaryPrimitives.ReadUInt32BigEndian(png[(chunk.DataOffset + chunk.DataLength)..]);
            var actualCrc = Crc32.HashToUInt32(png.Slice(offset + 4, 4 + chunk.DataLength));
            if (expectedCrc != actualCrc)
            {
                throw new InvalidBadgeImageException(
                    $"The PNG is corrupt: chunk {type} at offset {offset} has CRC {expectedCrc:x8}, but its bytes give {actualCrc:x8}.");
            }

            chunks.Add(chunk);
            if (type == "IEND")
            {
                return chunks;
            }

            offset += chunk.TotalLength;
        }
    }

    private static string ReadChunkType(ReadOnlySpan<byte> typeBytes, int offset)
    {
        foreach (var b in typeBytes)
        {
            if (!char.IsAsciiLetter((char)b))
            {
                throw new InvalidBadgeImageException(
                    $"The PNG is corrupt: the chunk type at offset {offset + 4} is not 4 ASCII letters (bytes {Convert.ToHexString(typeBytes)}).");
            }
        }

        return Encoding.ASCII.GetString(typeBytes);
    }
}
