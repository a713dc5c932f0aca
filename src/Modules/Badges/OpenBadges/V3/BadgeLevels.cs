namespace ApprenantAgile.Badges.OpenBadges.V3;

/// <summary>The three levels of the APP badge framework, lowest first, as rubric criterion levels of Open Badges 3.0.</summary>
public static class BadgeLevels
{
    /// <summary>Level codes as badge classes store them, with their display names.</summary>
    public static readonly IReadOnlyList<(string Code, string Name)> All =
    [
        ("explorateur", "Explorateur"),
        ("batisseur", "Bâtisseur"),
        ("architecte", "Architecte"),
    ];

    public static bool IsKnown(string? code) => All.Any(level => level.Code == code);
}
