using System.Security.Cryptography;
using System.Text;

namespace ApprenantAgile.Badges.OpenBadges;

/// <summary>
/// Hashed recipient e-mail addresses (the Open Badges IdentityHash): <c>sha256$</c> followed by the
/// lowercase hex SHA-256 of the UTF-8 bytes of the normalised address immediately followed by the salt.
/// </summary>
/// <remarks>
/// The spec hashes the identifier exactly as given. This platform normalises the address first
/// (trimmed, Unicode NFC, lowercase invariant) when it hashes and when it verifies, so a learner who
/// types "Jeanne.Dupont@Exemple.fr " still matches the badge issued to "jeanne.dupont@exemple.fr".
/// </remarks>
public static class RecipientIdentity
{
    public const string Sha256Prefix = "sha256$";

    /// <summary>Salt length in random bytes; the salt is their lowercase hex, so 32 characters.</summary>
    public const int SaltByteLength = 16;

    /// <summary>Returns the address trimmed, in Unicode NFC and lowercased with the invariant culture.</summary>
    public static string NormalizeEmail(string email)
    {
        ArgumentNullException.ThrowIfNull(email);
        return email.Trim().Normalize(NormalizationForm.FormC).ToLowerInvariant();
    }

    /// <summary>Returns a new random salt (lowercase hex) from the cryptographic random generator.</summary>
    public static string CreateSalt() => Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(SaltByteLength));

    /// <summary>Normalises <paramref name="email"/> and hashes it with a new random salt.</summary>
    public static RecipientIdentityHash Create(string email)
    {
        var salt = CreateSalt();
        return new RecipientIdentityHash(Hash(email, salt), salt);
    }

    /// <summary>Computes <c>sha256$hex</c> of the normalised address followed by <paramref name="salt"/> (none when null).</summary>
    public static string Hash(string email, string? salt)
    {
        var normalized = NormalizeEmail(email);
        var digest = SHA256.HashData(Encoding.UTF8.GetBytes(normalized + (salt ?? "")));
        return Sha256Prefix + Convert.ToHexStringLower(digest);
    }

    /// <summary>
    /// Checks whether <paramref name="candidateEmail"/>, normalised, hashes to <paramref name="identityHash"/>
    /// with <paramref name="salt"/>. The stored hex may be in either case; an identity that does not start
    /// with <c>sha256$</c> (such as the legacy <c>md5$</c>) never matches.
    /// </summary>
    public static bool Verify(string candidateEmail, string identityHash, string? salt)
    {
        ArgumentNullException.ThrowIfNull(identityHash);
        if (!identityHash.StartsWith(Sha256Prefix, StringComparison.OrdinalIgnoreCase))
        {
            return false;
        }

        var expected = Encoding.ASCII.GetBytes(identityHash[Sha256Prefix.Length..].ToLowerInvariant());
        var actual = Encoding.ASCII.GetBytes(Hash(candidateEmail, salt)[Sha256Prefix.Length..]);
        return CryptographicOperations.FixedTimeEquals(expected, actual);
    }
}
