using ApprenantAgile.Badges.Catalogue;
using ApprenantAgile.Badges.OpenBadges.V3;

namespace ApprenantAgile.Badges.BadgeClasses;

/// <summary>
/// Orders badge classes the way the catalogue lists them: families in the catalogue's order, then levels
/// from Explorateur to Architecte, then names. Classes outside the catalogue's families or levels come last.
/// </summary>
public static class BadgeClassOrder
{
    public static IReadOnlyList<StoredBadgeClass> Sort(IEnumerable<StoredBadgeClass> classes, CatalogueDocument catalogue) =>
        classes
            .OrderBy(c => FamilyPosition(catalogue, c.Part.Family))
            .ThenBy(c => LevelRank(catalogue, c.Part.Level))
            .ThenBy(c => c.Name, StringComparer.CurrentCulture)
            .ToList();

    private static int FamilyPosition(CatalogueDocument catalogue, string? code)
    {
        var index = catalogue.Families.FindIndex(f => f.Code == code);
        return index < 0 ? int.MaxValue : index;
    }

    /// <summary>Uses the catalogue's ranks, or the framework's three levels when no catalogue is imported yet.</summary>
    private static int LevelRank(CatalogueDocument catalogue, string? code)
    {
        if (catalogue.Levels.FirstOrDefault(l => l.Code == code) is { } level)
        {
            return level.Rank;
        }

        var index = BadgeLevels.All.ToList().FindIndex(l => l.Code == code);
        return index < 0 ? int.MaxValue : index + 1;
    }
}
