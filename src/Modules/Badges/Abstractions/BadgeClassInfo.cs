namespace ApprenantAgile.Badges.Abstractions;

/// <summary>An alignment of a badge class to a framework entry (OB 2.0 AlignmentObject, OB 3.0 Alignment).</summary>
public sealed record BadgeAlignment(string TargetName, Uri TargetUrl, string? TargetDescription, string? TargetFramework, string? TargetCode);

/// <summary>
/// A badge class as issuing, documents and pages need it, whatever stores it: a national class
/// synchronised into a centre, or a centre's local class. <see cref="Id"/> is the class's stable
/// content item id in the tenant that issues it.
/// </summary>
public sealed record BadgeClassInfo
{
    public required string Id { get; init; }

    /// <summary>URL-safe, stable name such as "numerique-batisseur", shared by national copies across centres.</summary>
    public required string Slug { get; init; }

    public required string Name { get; init; }

    public required string Description { get; init; }

    public required string CriteriaNarrative { get; init; }

    public string? ExpectedEvidence { get; init; }

    /// <summary>Family code (for example "numerique"), or null for badges outside the eight families.</summary>
    public string? Family { get; init; }

    /// <summary>Level code: "explorateur", "batisseur", "architecte", or null.</summary>
    public string? Level { get; init; }

    public string? Audience { get; init; }

    public IReadOnlyList<BadgeAlignment> Alignments { get; init; } = [];

    public IReadOnlyList<string> Tags { get; init; } = [];

    /// <summary>Months a badge stays valid after issue; null when it does not expire.</summary>
    public int? ValidityMonths { get; init; }

    /// <summary>Catalogue version the criteria come from; issued badges keep the version they were issued under.</summary>
    public string? CatalogueVersion { get; init; }

    /// <summary>True for classes of the national catalogue, which centres cannot edit.</summary>
    public bool IsNational { get; init; }

    /// <summary>Tenant-relative path of the class image, SVG and PNG (for example "/badges/images/numerique-batisseur").</summary>
    public required string ImagePath { get; init; }
}
