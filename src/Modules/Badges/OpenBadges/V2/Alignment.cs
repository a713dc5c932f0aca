using System.Text.Json.Nodes;

namespace ApprenantAgile.Badges.OpenBadges.V2;

/// <summary>An OB 2.0 AlignmentObject: the framework competency that a badge class maps to. Name and URL are required.</summary>
public sealed record Alignment(string TargetName, Uri TargetUrl)
{
    public string? TargetDescription { get; init; }

    public string? TargetFramework { get; init; }

    public string? TargetCode { get; init; }

    public JsonObject ToJson()
    {
        var node = new JsonObject
        {
            ["targetName"] = JsonLdNodes.RequiredText(TargetName, "targetName"),
            ["targetUrl"] = JsonLdNodes.Iri(TargetUrl, "targetUrl"),
        };
        node.AddIfPresent("targetDescription", TargetDescription);
        node.AddIfPresent("targetFramework", TargetFramework);
        node.AddIfPresent("targetCode", TargetCode);
        return node;
    }
}
