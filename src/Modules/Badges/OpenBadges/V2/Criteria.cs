using System.Text.Json.Nodes;

namespace ApprenantAgile.Badges.OpenBadges.V2;

/// <summary>OB 2.0 Criteria: a page describing how to earn the badge, a Markdown narrative, or both.</summary>
public sealed record Criteria(Uri? Id, string? Narrative)
{
    public JsonObject ToJson()
    {
        if (Id is null && string.IsNullOrWhiteSpace(Narrative))
        {
            throw new ArgumentException(
                "OB 2.0 criteria need an id (URL of the criteria page) or a narrative. Set at least one of them.",
                "criteria");
        }

        var node = new JsonObject();
        node.AddIfPresent("id", Id);
        node.AddIfPresent("narrative", Narrative);
        return node;
    }
}
