using System.Text.Json.Nodes;

namespace ApprenantAgile.Badges.OpenBadges.V2;

/// <summary>
/// An OB 2.0 Assertion: one badge awarded to one hashed e-mail recipient. <c>id</c>, <c>type</c>,
/// <c>recipient</c>, <c>badge</c>, <c>verification</c> and <c>issuedOn</c> are required by the spec.
/// </summary>
public sealed record Assertion(Uri Id, RecipientIdentityHash Recipient, Uri Badge, Verification Verification, DateTimeOffset IssuedOn)
{
    public DateTimeOffset? Expires { get; init; }

    public Uri? Image { get; init; }

    public IReadOnlyList<Evidence> Evidence { get; init; } = [];

    public string? Narrative { get; init; }

    public bool Revoked { get; init; }

    public string? RevocationReason { get; init; }

    /// <summary>Builds the JSON-LD document that is served at <see cref="Id"/> or signed as a JWS payload.</summary>
    public JsonObject ToJson()
    {
        ArgumentNullException.ThrowIfNull(Recipient, "recipient");
        ArgumentNullException.ThrowIfNull(Verification, "verification");

        var node = JsonLdNodes.CreateDocument("Assertion", Id, "id");
        node["recipient"] = new JsonObject
        {
            ["type"] = OpenBadgesV2.EmailRecipientType,
            ["hashed"] = true,
            ["salt"] = Recipient.Salt,
            ["identity"] = JsonLdNodes.RequiredText(Recipient.Identity, "recipient.identity"),
        };
        node["badge"] = JsonLdNodes.Iri(Badge, "badge");
        node["verification"] = Verification.ToJson();
        node["issuedOn"] = JsonLdNodes.DateTime(IssuedOn);

        if (Expires is { } expires)
        {
            node["expires"] = JsonLdNodes.DateTime(expires);
        }

        node.AddIfPresent("image", Image);
        if (Evidence.Count > 0)
        {
            node["evidence"] = new JsonArray(Evidence.Select(e => (JsonNode)e.ToJson()).ToArray());
        }

        node.AddIfPresent("narrative", Narrative);
        if (Revoked)
        {
            node["revoked"] = true;
            node.AddIfPresent("revocationReason", RevocationReason);
        }

        return node;
    }
}
