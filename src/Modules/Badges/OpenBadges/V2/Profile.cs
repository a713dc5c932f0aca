using System.Text.Json.Nodes;

namespace ApprenantAgile.Badges.OpenBadges.V2;

/// <summary>
/// An OB 2.0 issuer Profile (type <c>Issuer</c>). <c>id</c>, <c>type</c>, <c>name</c>, <c>url</c> and
/// <c>email</c> are written always, because the 1EdTech validator requires them of an issuer.
/// </summary>
public sealed record Profile(Uri Id, string Name, Uri Url, string Email)
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
        node["email"] = JsonLdNodes.RequiredText(Email, "email");
        node.AddIfPresent("description", Description);
        node.AddIfPresent("image", Image);
        node.AddIfPresent("telephone", Telephone);
        node.AddIfPresent("publicKey", PublicKey);
        node.AddIfPresent("revocationList", RevocationList);
        return node;
    }
}
