using ApprenantAgile.Badges.Abstractions;

namespace ApprenantAgile.Tests.Applications;

/// <summary>
/// A fixed catalogue of two badge classes, a Bâtisseur and an Architecte one, the same on every tenant.
/// </summary>
/// <remarks>NOTE: replaces the real provider until the catalogue branch's provider is merged into this branch's tests.</remarks>
public sealed class TestBadgeClassProvider : IBadgeClassProvider
{
    public const string BatisseurId = "classe-numerique-batisseur";
    public const string ArchitecteId = "classe-numerique-architecte";

    private static readonly IReadOnlyList<BadgeClassInfo> Classes =
    [
        Create(BatisseurId, "numerique-batisseur", "Numérique – Bâtisseur", "batisseur"),
        Create(ArchitecteId, "numerique-architecte", "Numérique – Architecte", "architecte"),
    ];

    public Task<BadgeClassInfo?> GetAsync(string badgeClassId, CancellationToken cancellationToken = default) =>
        Task.FromResult(Classes.FirstOrDefault(c => c.Id == badgeClassId));

    public Task<IReadOnlyList<BadgeClassInfo>> ListAsync(CancellationToken cancellationToken = default) =>
        Task.FromResult(Classes);

    public Task<byte[]?> GetImageAsync(string badgeClassId, string format, CancellationToken cancellationToken = default) =>
        Task.FromResult<byte[]?>(null);

    private static BadgeClassInfo Create(string id, string slug, string name, string level) => new()
    {
        Id = id,
        Slug = slug,
        Name = name,
        Description = $"Badge {name}",
        CriteriaNarrative = "Montrer ce que vous savez faire avec un ordinateur.",
        Family = "numerique",
        Level = level,
        ImagePath = $"/badges/images/{slug}",
    };
}
