namespace ApprenantAgile.Badges.Catalogue;

/// <summary>The framework that families align to (the European key competences).</summary>
public sealed record CatalogueFramework(string Name, string? Description, Uri Url);

/// <summary>A badge level: "explorateur" (rank 1), "batisseur" (2), "architecte" (3).</summary>
public sealed record CatalogueLevel(string Code, string Name, int Rank, string Description);

/// <summary>A competence family with its colour ("#RRGGBB") and the framework entry its badges align to.</summary>
public sealed record CatalogueFamily(
    string Code,
    string Name,
    string Color,
    string FrameworkCode,
    string FrameworkName,
    string? FrameworkDescription);

/// <summary>One badge of the national catalogue, as the recipe or the national JSON catalogue gives it.</summary>
public sealed record CatalogueBadge
{
    public required string Slug { get; init; }

    public required string Name { get; init; }

    public required string Description { get; init; }

    public required string Criteria { get; init; }

    public string? ExpectedEvidence { get; init; }

    public string? Family { get; init; }

    public string? Level { get; init; }

    public string? Audience { get; init; }

    public IReadOnlyList<string> Tags { get; init; } = [];

    public int? ValidityMonths { get; init; }

    /// <summary>Content item id of the class on the national tenant; null while importing into the national tenant itself.</summary>
    public string? NationalBadgeClassId { get; init; }
}

/// <summary>A whole national catalogue at one version.</summary>
public sealed record NationalCatalogue(
    string Version,
    CatalogueFramework Framework,
    IReadOnlyList<CatalogueLevel> Levels,
    IReadOnlyList<CatalogueFamily> Families,
    IReadOnlyList<CatalogueBadge> Badges);
