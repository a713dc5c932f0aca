using ApprenantAgile.Badges.Abstractions;

namespace ApprenantAgile.Badges.BadgeClasses;

/// <summary>Turns a stored class into the <see cref="BadgeClassInfo"/> that issuing and documents read.</summary>
public static class BadgeClassInfoMapper
{
    /// <summary>Tenant-relative path of a class's image without extension; ".svg" or ".png" is appended to fetch it.</summary>
    public static string ImagePathOf(string slug) => $"/badges/images/{slug}";

    public static BadgeClassInfo ToInfo(StoredBadgeClass stored) => new()
    {
        Id = stored.Item.ContentItemId,
        Slug = stored.Part.Slug,
        Name = stored.Name,
        Description = stored.Part.Description,
        CriteriaNarrative = stored.Part.CriteriaNarrative,
        ExpectedEvidence = stored.Part.ExpectedEvidence,
        Family = stored.Part.Family,
        Level = stored.Part.Level,
        Audience = stored.Part.Audience,
        Alignments = stored.Part.Alignments.ToList(),
        Tags = stored.Part.Tags.ToList(),
        ValidityMonths = stored.Part.ValidityMonths,
        CatalogueVersion = stored.Part.CatalogueVersion,
        IsNational = stored.Part.IsNational,
        ImagePath = ImagePathOf(stored.Part.Slug),
    };
}
