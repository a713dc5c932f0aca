using System.Text.Json.Nodes;

namespace ApprenantAgile.Badges.OpenBadges.V2;

/// <summary>OB 2.0 Evidence: what the learner did to earn the badge, as a URL, a narrative, or both.</summary>
public sealed record Evidence
{
    public Uri? Id { get; init; }

    public string? Narrative { get; init; }

    public string? Name { get; init; }

    public string? Description { get; init; }

    /// <summary>The kind of evidence, such as "Portfolio" or "Photography".</summary>
    public string? Genre { get; init; }

    public string? Audience { get; init; }

    public JsonObject ToJson()
    {
        if (Id is null && string.IsNullOrWhiteSpace(Narrative))
        {
            throw new ArgumentException(
                "OB 2.0 evidence needs an id (URL of the evidence) or a narrative. Set at least one of them.",
                "evidence");
        }

        var node = new JsonObject();
        node.AddIfPresent("id", Id);
        node.AddIfPresent("narrative", Narrative);
        node.AddIfPresent("name", Name);
        node.AddIfPresent("description", Description);
        node.AddIfPresent("genre", Genre);
        node.AddIfPresent("audience", Audience);
        return node;
    }
}
