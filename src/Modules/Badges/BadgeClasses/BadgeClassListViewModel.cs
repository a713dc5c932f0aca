using ApprenantAgile.Badges.Catalogue;
using ApprenantAgile.Badges.OpenBadges.V3;

namespace ApprenantAgile.Badges.BadgeClasses;

/// <summary>The admin list of badge classes, in catalogue order, with the catalogue's family and level names.</summary>
public sealed record BadgeClassListViewModel(IReadOnlyList<StoredBadgeClass> Classes, CatalogueDocument Catalogue)
{
    /// <summary>Returns the family's name in the catalogue, or its code when the catalogue does not list it.</summary>
    public string? FamilyName(string? code) =>
        code is null ? null : Catalogue.Families.FirstOrDefault(f => f.Code == code)?.Name ?? code;

    /// <summary>Returns the level's name in the catalogue or the framework, or its code when neither lists it.</summary>
    public string? LevelName(string? code) =>
        code is null
            ? null
            : Catalogue.Levels.FirstOrDefault(l => l.Code == code)?.Name
              ?? BadgeLevels.All.FirstOrDefault(l => l.Code == code).Name
              ?? code;
}
