namespace ApprenantAgile.Badges.DataIntegrity;

/// <summary>
/// Base58 with the Bitcoin alphabet, and the multibase form used by Data Integrity ('z' prefix).
/// Each leading zero byte is written as '1'; the rest is the big-endian number in base 58.
/// </summary>
public static class Base58Btc
{
    private const string Alphabet = "123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz";
    private const char MultibasePrefix = 'z';

    private static readonly sbyte[] DigitValues = BuildDigitValues();

    public static string Encode(ReadOnlySpan<byte> data)
    {
        var leadingZeros = 0;
        while (leadingZeros < data.Length && data[leadingZeros] == 0)
        {
            leadingZeros++;
        }

        // log(256) / log(58) < 1.37, so this many base-58 digits always suffice.
        var digits = new byte[(data.Length - leadingZeros) * 137 / 100 + 1];
        var digitCount = 0;
        for (var i = leadingZeros; i < data.Length; i++)
        {
            var carry = (int)data[i];
            for (var j = 0; j < digitCount; j++)
            {
                carry += digits[j] << 8;
                digits[j] = (byte)(carry % 58);
                carry /= 58;
            }

            while (carry > 0)
            {
                digits[digitCount++] = (byte)(carry % 58);
                carry /= 58;
            }
        }

        var result = new char[leadingZeros + digitCount];
        result.AsSpan(0, leadingZeros).Fill('1');
        for (var i = 0; i < digitCount; i++)
        {
            result[leadingZeros + i] = Alphabet[digits[digitCount - 1 - i]];
        }

        return new string(result);
    }

    /// <exception cref="FormatException"><paramref name="text"/> contains a character outside the base58btc alphabet.</exception>
    public static byte[] Decode(string text)
    {
        var leadingOnes = 0;
        while (leadingOnes < text.Length && text[leadingOnes] == '1')
        {
            leadingOnes++;
        }

        // log(58) / log(256) < 0.733, so this many bytes always suffice.
        var bytes = new byte[(text.Length - leadingOnes) * 733 / 1000 + 1];
        var byteCount = 0;
        for (var i = leadingOnes; i < text.Length; i++)
        {
            var c = text[i];
            var value = c < DigitValues.Length ? DigitValues[c] : (sbyte)-1;
            if (value < 0)
            {
                throw new FormatException(
                    $"Invalid base58btc text: the character '{c}' at position {i} is not in the alphabet {Alphabet}.");
            }

            var carry = (int)value;
            for (var j = 0; j < byteCount; j++)
            {
                carry += bytes[j] * 58;
                bytes[j] = (byte)carry;
                carry >>= 8;
            }

            while (carry > 0)
            {
                bytes[byteCount++] = (byte)carry;
                carry >>= 8;
            }
        }

        var result = new byte[leadingOnes + byteCount];
        for (var i = 0; i < byteCount; i++)
        {
            result[leadingOnes + i] = bytes[byteCount - 1 - i];
        }

        return result;
    }

    /// <summary>Encodes as multibase base58btc: 'z' followed by the base58btc text.</summary>
    public static string EncodeMultibase(ReadOnlySpan<byte> data) => MultibasePrefix + Encode(data);

    /// <exception cref="FormatException">The value does not start with 'z' or is not valid base58btc.</exception>
    public static byte[] DecodeMultibase(string multibase)
    {
        if (string.IsNullOrEmpty(multibase) || multibase[0] != MultibasePrefix)
        {
            var firstCharacter = multibase is { Length: > 0 } ? multibase[0].ToString() : "nothing";
            throw new FormatException(
                $"Invalid multibase value: it starts with {firstCharacter}, but only base58btc values, which start with 'z', are supported.");
        }

        return Decode(multibase[1..]);
    }

    private static sbyte[] BuildDigitValues()
    {
        var values = new sbyte[128];
        Array.Fill(values, (sbyte)-1);
        for (var i = 0; i < Alphabet.Length; i++)
        {
            values[Alphabet[i]] = (sbyte)i;
        }

        return values;
    }
}
