using System.Text.Json.Nodes;

namespace ApprenantAgile.Badges.OpenBadges.V2;

/// <summary>An OB 2.0 CryptographicKey: the public key (PEM, SubjectPublicKeyInfo) that verifies an issuer's signed assertions.</summary>
public sealed record CryptographicKey(Uri Id, Uri Owner, string PublicKeyPem)
{
    public JsonObject ToJson()
    {
        var node = JsonLdNodes.CreateDocument("CryptographicKey", Id, "id");
        node["owner"] = JsonLdNodes.Iri(Owner, "owner");
        node["publicKeyPem"] = JsonLdNodes.RequiredText(PublicKeyPem, "publicKeyPem");
        return node;
    }
}
