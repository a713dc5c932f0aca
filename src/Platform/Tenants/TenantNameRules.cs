using System.Collections.Frozen;
using System.Text.RegularExpressions;

namespace ApprenantAgile.Platform.Tenants;

/// <summary>
/// Which tenant names, URL prefixes and host names are acceptable. A centre's name and prefix are
/// slugs that also serve as folder and schema names, so they never contain dots, slashes or spaces.
/// </summary>
public static partial class TenantNameRules
{
    /// <summary>
    /// First path segments that the national site routes itself. A centre using one as its prefix
    /// would hide a national page, so such names are rejected for both names and prefixes.
    /// </summary>
    public static readonly FrozenSet<string> ReservedSegments = new[]
    {
        "default", "admin", "account", "api", "contents", "health", "culture", "css", "js", "lib",
        "images", "badges", "portfolio", "verify", "media", "setup",
    }.ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    /// <summary>Lowercase letters, digits and dashes, 3 to 50 characters, starting and ending with a letter or a digit.</summary>
    public static bool IsValidSlug(string? value) => value is not null && SlugPattern().IsMatch(value);

    public static bool IsReserved(string value) => ReservedSegments.Contains(value);

    /// <summary>
    /// Checks a host name without port: lowercase labels of letters, digits and inner dashes, each
    /// 1 to 63 characters, at most 253 characters in all (RFC 1035 and RFC 1123).
    /// </summary>
    public static bool IsValidHostName(string? value) =>
        value is { Length: > 0 and <= 253 } && HostNamePattern().IsMatch(value);

    [GeneratedRegex("^[a-z0-9][a-z0-9-]{1,48}[a-z0-9]$", RegexOptions.CultureInvariant)]
    private static partial Regex SlugPattern();

    [GeneratedRegex(@"^(?:[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?)(?:\.[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?)*$", RegexOptions.CultureInvariant)]
    private static partial Regex HostNamePattern();
}
