using System.Text.Json.Nodes;

namespace ApprenantAgile.Badges.OpenBadges.V2;

/// <summary>
/// An OB 2.0 VerificationObject. A hosted assertion is verified by fetching its id; a signed one by
/// checking its JWS against the CryptographicKey at <see cref="Creator"/>.
/// </summary>
public sealed record Verification
{
    private Verification(string type, Uri? creator)
    {
        Type = type;
        Creator = creator;
    }

    /// <summary>"hosted" or "signed": the short aliases that the v2 context maps to HostedBadge and SignedBadge.</summary>
    public string Type { get; }

    public Uri? Creator { get; }

    public static Verification Hosted { get; } = new("hosted", null);

    public static Verification Signed(Uri creator)
    {
        ArgumentNullException.ThrowIfNull(creator);
        return new Verification("signed", creator);
    }

    public JsonObject ToJson()
    {
        var node = new JsonObject { ["type"] = Type };
        node.AddIfPresent("creator", Creator);
        return node;
    }
}
