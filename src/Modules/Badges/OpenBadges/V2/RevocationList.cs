using System.Text.Json.Nodes;

namespace ApprenantAgile.Badges.OpenBadges.V2;

/// <summary>An OB 2.0 RevocationList: the signed assertions that an issuer has revoked.</summary>
public sealed record RevocationList(Uri Id, Uri Issuer, IReadOnlyList<RevokedAssertion> RevokedAssertions)
{
    public JsonObject ToJson()
    {
        ArgumentNullException.ThrowIfNull(RevokedAssertions, "revokedAssertions");

        var node = JsonLdNodes.CreateDocument("RevocationList", Id, "id");
        node["issuer"] = JsonLdNodes.Iri(Issuer, "issuer");

        var entries = new JsonArray();
        foreach (var revoked in RevokedAssertions)
        {
            var entry = new JsonObject { ["id"] = JsonLdNodes.Iri(revoked.Id, "revokedAssertions.id") };
            entry.AddIfPresent("revocationReason", revoked.RevocationReason);
            entries.Add(entry);
        }

        node["revokedAssertions"] = entries;
        return node;
    }
}
