using System.Buffers.Text;
using System.IO.Compression;

namespace ApprenantAgile.Badges.OpenBadges.V3;

/// <summary>
/// The encodedList of a W3C Bitstring Status List: the bits GZIP-compressed, then multibase base64url
/// without padding ("u" prefix). Index 0 is the most significant bit of the first byte.
/// </summary>
public static class BitstringStatusList
{
    private const char Base64UrlMultibasePrefix = 'u';

    public static string Encode(IEnumerable<int> setIndexes, int length = OpenBadgesV3.StatusListLength)
    {
        var bits = new byte[length / 8];
        foreach (var index in setIndexes)
        {
            ArgumentOutOfRangeException.ThrowIfNegative(index);
            ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual(index, length);
            bits[index / 8] |= (byte)(0x80 >> (index % 8));
        }

        using var compressed = new MemoryStream();
        using (var gzip = new GZipStream(compressed, CompressionLevel.Optimal, leaveOpen: true))
        {
            gzip.Write(bits);
        }

        return Base64UrlMultibasePrefix + Base64Url.EncodeToString(compressed.ToArray());
    }

    /// <summary>Decodes an encodedList to its bits.</summary>
    /// <exception cref="FormatException">The value is not multibase base64url of GZIP data, or is larger than <paramref name="maxBytes"/> once decompressed.</exception>
    public static byte[] Decode(string encodedList, int maxBytes = 16 * 1024 * 1024)
    {
        if (string.IsNullOrEmpty(encodedList) || encodedList[0] != Base64UrlMultibasePrefix)
        {
            throw new FormatException("The encodedList does not start with 'u' (multibase base64url).");
        }

        byte[] compressed;
        try
        {
            compressed = Base64Url.DecodeFromChars(encodedList.AsSpan(1));
        }
        catch (FormatException exception)
        {
            throw new FormatException("The encodedList is not valid base64url: " + exception.Message, exception);
        }

        try
        {
            using var gzip = new GZipStream(new MemoryStream(compressed), CompressionMode.Decompress);
            using var bits = new MemoryStream();
            var buffer = new byte[16 * 1024];
            int read;
            while ((read = gzip.Read(buffer)) > 0)
            {
                if (bits.Length + read > maxBytes)
                {
                    throw new FormatException($"The encodedList decompresses to more than {maxBytes} bytes.");
                }

                bits.Write(buffer, 0, read);
            }

            return bits.ToArray();
        }
        catch (InvalidDataException exception)
        {
            throw new FormatException("The encodedList is not valid GZIP data: " + exception.Message, exception);
        }
    }

    /// <summary>Returns whether bit <paramref name="index"/> is set; an index past the end of the list is reported as null.</summary>
    public static bool? IsSet(byte[] bits, int index) =>
        index < 0 || index / 8 >= bits.Length ? null : (bits[index / 8] & (0x80 >> (index % 8))) != 0;
}
