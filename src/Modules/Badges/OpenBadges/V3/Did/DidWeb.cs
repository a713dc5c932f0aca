namespace ApprenantAgile.Badges.OpenBadges.V3.Did;

/// <summary>
/// The did:web method: <c>did:web:host[:path…]</c> names the DID document at
/// <c>https://host/path…/did.json</c>, or <c>https://host/.well-known/did.json</c> without a path.
/// </summary>
public static class DidWeb
{
    public const string Prefix = "did:web:";

    public static bool IsDidWeb(string id) => id.StartsWith(Prefix, StringComparison.Ordinal);

    /// <summary>Returns the https URL of the DID document, or null when <paramref name="did"/> is not a well-formed did:web.</summary>
    public static Uri? DocumentUrl(string did)
    {
        if (!IsDidWeb(did) || did.Contains('#') || did.Contains('?'))
        {
            return null;
        }

        var segments = did[Prefix.Length..].Split(':');
        if (segments.Any(string.IsNullOrEmpty))
        {
            return null;
        }

        // A port follows the host percent-encoded as %3A. Path segments are kept as they are.
        var host = Uri.UnescapeDataString(segments[0]);
        var path = segments.Length == 1 ? "/.well-known/did.json" : "/" + string.Join('/', segments[1..]) + "/did.json";
        return Uri.TryCreate("https://" + host + path, UriKind.Absolute, out var url) && url.Host.Length > 0 ? url : null;
    }
}
