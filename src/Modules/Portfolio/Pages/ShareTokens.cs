using System.Security.Cryptography;

namespace ApprenantAgile.Portfolio.Pages;

/// <summary>Secrets of link-only pages: 256 random bits, written in base64url (43 characters).</summary>
public static class ShareTokens
{
    public const int Length = 43;

    public static string Create() => Base64UrlEncode(RandomNumberGenerator.GetBytes(32));

    /// <summary>True when <paramref name="token"/> has the form of a share token, so malformed ones skip the database.</summary>
    public static bool IsWellFormed(string? token) =>
        token is { Length: Length } && token.All(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '_');

    private static string Base64UrlEncode(byte[] bytes) =>
        Convert.ToBase64String(bytes).TrimEnd('=').Replace('+', '-').Replace('/', '_');
}
