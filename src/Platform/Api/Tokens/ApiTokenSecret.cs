using System.Buffers.Text;
using System.Security.Cryptography;
using System.Text;

namespace ApprenantAgile.Platform.Api.Tokens;

/// <summary>Makes and hashes API token secrets: "aa_" followed by 32 random bytes in base64url.</summary>
public static class ApiTokenSecret
{
    public const string Prefix = "aa_";

    /// <summary>Characters of the secret kept in clear as <see cref="ApiToken.SecretPrefix"/>.</summary>
    public const int VisibleLength = 10;

    public static string Create() => Prefix + Base64Url.EncodeToString(RandomNumberGenerator.GetBytes(32));

    /// <summary>
    /// Returns the lowercase hexadecimal SHA-256 of the secret. A plain hash is enough because the
    /// secret has 256 random bits: no dictionary or brute force applies, unlike with passwords.
    /// </summary>
    public static string Hash(string secret) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(secret)));

    /// <summary>Compares two hashes in constant time.</summary>
    public static bool HashesEqual(string left, string right) =>
        CryptographicOperations.FixedTimeEquals(Encoding.ASCII.GetBytes(left), Encoding.ASCII.GetBytes(right));
}
