using System.Text.Json.Nodes;

namespace ApprenantAgile.Badges.OpenBadges.V2;

/// <summary>
/// An OB 2.0 issuer Profile (type <c>Issuer</c>). <c>id</c>, <c>type</c>, <c>name</c> and <c>url</c> are
/// written always. <c>email</c> is written when there is one and omitted otherwise, never written empty.
/// </summary>
/// <remarks>
/// NOTE: the 1EdTech openbadges-validator-core (Python) also requires <c>email</c> of an issuer Profile, so a
/// tenant without a contact e-mail issues documents that this validator reports; set the e-mail in the admin.
/// </remarks>
public sealed record Profile(Uri Id, string Name, Uri Url, string? Email)
{
    public string? Description { get; init; }

    public Uri? Image { get; init; }

    public string? Telephone { get; init; }

    /// <summary>The CryptographicKey document of the key that signs this issuer's assertions.</summary>
    public Uri? PublicKey { get; init; }

    public Uri? RevocationList { get; init; }

    /// <summary>Builds the JSON-LD document that is served at <see cref="Id"/>.</summary>
    public JsonObject ToJson()
    {
        var node = JsonLdNodes.CreateDocument("Issuer", Id, "id");
        node["name"] = JsonLdNodes.RequiredText(Name, "name");
        node["url"] = JsonLdNodes.Iri(Url, "url");
        node.AddIfPresent("email", string.IsNullOrWhiteSpace(Email) ? null : Email);
        node.AddIfPresent("description", Description);
        node.AddIfPresent("image", Image);
        node.AddIfPresent("telephone", Telephone);
        node.AddIfPresent("publicKey", PublicKey);
        node.AddIfPresent("revocationList", RevocationList);
        return node;
    }
}
