using ApprenantAgile.Badges.Abstractions;

namespace ApprenantAgile.Badges.Applications;

/// <summary>The page where a learner picks a badge of the catalogue and starts writing.</summary>
public sealed class NewApplicationModel
{
    public IReadOnlyList<BadgeClassInfo> Badges { get; set; } = [];

    public string? BadgeClassId { get; set; }

    public string? Narrative { get; set; }
}
