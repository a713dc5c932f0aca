namespace ApprenantAgile.Badges.Catalogue;

/// <summary>The public catalogue map, as <c>Model</c> of the CatalogueMap template.</summary>
public sealed class CatalogueMapViewModel
{
    public string? Version { get; init; }

    public IReadOnlyList<CatalogueLevelViewModel> Levels { get; init; } = [];

    public IReadOnlyList<CatalogueFamilyRowViewModel> Families { get; init; } = [];

    /// <summary>Classes outside the family × level grid (Valorisateur, local classes without family).</summary>
    public IReadOnlyList<CatalogueBadgeLinkViewModel> OtherBadges { get; init; } = [];
}

public sealed class CatalogueLevelViewModel
{
    public required string Code { get; init; }

    public required string Name { get; init; }

    public required int Rank { get; init; }

    public required string Description { get; init; }
}

/// <summary>One row of the map: a family and its badges in level order (null cells where a level has no badge).</summary>
public sealed class CatalogueFamilyRowViewModel
{
    public required string Name { get; init; }

    public required string Color { get; init; }

    public required IReadOnlyList<CatalogueCellViewModel> Cells { get; init; }
}

public sealed class CatalogueCellViewModel
{
    public required string LevelName { get; init; }

    public IReadOnlyList<CatalogueBadgeLinkViewModel> Badges { get; init; } = [];
}

public sealed class CatalogueBadgeLinkViewModel
{
    public required string Name { get; init; }

    /// <summary>Site-relative URL of the badge page, PathBase included.</summary>
    public required string Url { get; init; }

    public required string ImageUrl { get; init; }

    public bool IsNational { get; init; }
}

/// <summary>A badge page, as <c>Model</c> of the BadgePage template.</summary>
public sealed class BadgePageViewModel
{
    public required string Name { get; init; }

    public required string Description { get; init; }

    public required string Criteria { get; init; }

    public string? ExpectedEvidence { get; init; }

    public string? FamilyName { get; init; }

    public string? FamilyColor { get; init; }

    public string? LevelName { get; init; }

    public string? LevelDescription { get; init; }

    public string? Audience { get; init; }

    public int? ValidityMonths { get; init; }

    public string? CatalogueVersion { get; init; }

    public bool IsNational { get; init; }

    public required string ImageUrl { get; init; }

    public required string JsonUrl { get; init; }

    public required string CatalogueUrl { get; init; }

    public IReadOnlyList<BadgeAlignmentViewModel> Alignments { get; init; } = [];

    /// <summary>The national tenant's endorsements in force about this badge class version.</summary>
    public IReadOnlyList<Endorsements.EndorsementViewModel> Endorsements { get; init; } = [];
}

public sealed class BadgeAlignmentViewModel
{
    public required string TargetName { get; init; }

    public required string TargetUrl { get; init; }

    public string? TargetDescription { get; init; }

    public string? TargetFramework { get; init; }

    public string? TargetCode { get; init; }
}
