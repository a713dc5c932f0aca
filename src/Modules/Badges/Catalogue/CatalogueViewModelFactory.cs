using ApprenantAgile.Badges.BadgeClasses;

namespace ApprenantAgile.Badges.Catalogue;

/// <summary>Builds the view models of the public catalogue pages from the tenant's classes and catalogue document.</summary>
public static class CatalogueViewModelFactory
{
    public static CatalogueMapViewModel Map(CatalogueDocument catalogue, IReadOnlyList<StoredBadgeClass> classes, string pathBase)
    {
        var levels = catalogue.Levels.OrderBy(l => l.Rank).ToList();
        var families = catalogue.Families.Select(family => new CatalogueFamilyRowViewModel
        {
            Name = family.Name,
            Color = family.Color,
            Cells = levels.Select(level => new CatalogueCellViewModel
            {
                LevelName = level.Name,
                Badges = classes.Where(c => c.Part.Family == family.Code && c.Part.Level == level.Code).Select(c => Link(c, pathBase)).ToList(),
            }).ToList(),
        }).ToList();

        var familyCodes = catalogue.Families.Select(f => f.Code).ToHashSet(StringComparer.Ordinal);
        var levelCodes = levels.Select(l => l.Code).ToHashSet(StringComparer.Ordinal);
        var others = classes
            .Where(c => c.Part.Family is null || c.Part.Level is null || !familyCodes.Contains(c.Part.Family) || !levelCodes.Contains(c.Part.Level))
            .Select(c => Link(c, pathBase))
            .ToList();

        return new CatalogueMapViewModel
        {
            Version = catalogue.Version,
            Levels = levels.Select(l => new CatalogueLevelViewModel { Code = l.Code, Name = l.Name, Rank = l.Rank, Description = l.Description }).ToList(),
            Families = families,
            OtherBadges = others,
        };
    }

    public static BadgePageViewModel Page(
        CatalogueDocument catalogue, StoredBadgeClass stored, string pathBase, IReadOnlyList<Endorsements.EndorsementViewModel>? endorsements = null)
    {
        var part = stored.Part;
        var family = catalogue.Families.FirstOrDefault(f => f.Code == part.Family);
        var level = catalogue.Levels.FirstOrDefault(l => l.Code == part.Level);
        return new BadgePageViewModel
        {
            Name = stored.Name,
            Description = part.Description,
            Criteria = part.CriteriaNarrative,
            ExpectedEvidence = part.ExpectedEvidence,
            FamilyName = family?.Name ?? part.Family,
            FamilyColor = family?.Color,
            LevelName = level?.Name ?? part.Level,
            LevelDescription = level?.Description,
            Audience = part.Audience,
            ValidityMonths = part.ValidityMonths,
            CatalogueVersion = part.CatalogueVersion,
            IsNational = part.IsNational,
            ImageUrl = pathBase + CatalogueUrls.Image(part.Slug, ImageFormatOf(part)),
            JsonUrl = pathBase + CatalogueUrls.BadgeClassJson(part.Slug),
            CatalogueUrl = pathBase + CatalogueUrls.CataloguePage,
            Alignments = part.Alignments.Select(a => new BadgeAlignmentViewModel
            {
                TargetName = a.TargetName,
                TargetUrl = a.TargetUrl.AbsoluteUri,
                TargetDescription = a.TargetDescription,
                TargetFramework = a.TargetFramework,
                TargetCode = a.TargetCode,
            }).ToList(),
            Endorsements = endorsements ?? [],
        };
    }

    /// <summary>"svg" when the class has an SVG image (national artwork, or an uploaded SVG), else "png".</summary>
    public static string ImageFormatOf(BadgeClassPart part) =>
        part.ImageFile is null || part.ImageFile.EndsWith(".svg", StringComparison.Ordinal) ? "svg" : "png";

    private static CatalogueBadgeLinkViewModel Link(StoredBadgeClass stored, string pathBase) => new()
    {
        Name = stored.Name,
        Url = pathBase + CatalogueUrls.BadgePage(stored.Part.Slug),
        ImageUrl = pathBase + CatalogueUrls.Image(stored.Part.Slug, ImageFormatOf(stored.Part)),
        IsNational = stored.Part.IsNational,
    };
}
