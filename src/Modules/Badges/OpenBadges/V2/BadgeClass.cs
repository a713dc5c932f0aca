using System.Text.Json.Nodes;

namespace ApprenantAgile.Badges.OpenBadges.V2;

/// <summary>
/// An OB 2.0 BadgeClass: the achievement that assertions award. <c>id</c>, <c>type</c>, <c>name</c>,
/// <c>description</c>, <c>image</c>, <c>criteria</c> and <c>issuer</c> are required by the spec.
/// </summary>
public sealed record BadgeClass(Uri Id, string Name, string Description, Uri Image, Criteria Criteria, Uri Issuer)
{
    public IReadOnlyList<Alignment> Alignment { get; init; } = [];

    public IReadOnlyList<string> Tags { get; init; } = [];

    /// <summary>Builds the JSON-LD document that is served at <see cref="Id"/>.</summary>
    public JsonObject ToJson()
    {
        ArgumentNullException.ThrowIfNull(Criteria, "criteria");

        var node = JsonLdNodes.CreateDocument("BadgeClass", Id, "id");
        node["name"] = JsonLdNodes.RequiredText(Name, "name");
        node["description"] = JsonLdNodes.RequiredText(Description, "description");
        node["image"] = JsonLdNodes.Iri(Image, "image");
        node["criteria"] = Criteria.ToJson();
        node["issuer"] = JsonLdNodes.Iri(Issuer, "issuer");

        if (Alignment.Count > 0)
        {
            node["alignment"] = new JsonArray(Alignment.Select(a => (JsonNode)a.ToJson()).ToArray());
        }

        if (Tags.Count > 0)
        {
            node["tags"] = new JsonArray(Tags.Select(t => (JsonNode)JsonValue.Create(t)).ToArray());
        }

        return node;
    }
}
