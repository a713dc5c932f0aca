namespace ApprenantAgile.Badges.Abstractions;

/// <summary>Reads the current tenant's badge classes (national copies and local classes).</summary>
public interface IBadgeClassProvider
{
    Task<BadgeClassInfo?> GetAsync(string badgeClassId, CancellationToken cancellationToken = default);

    Task<IReadOnlyList<BadgeClassInfo>> ListAsync(CancellationToken cancellationToken = default);

    /// <summary>Returns the image bytes of a class: format "svg" or "png".</summary>
    Task<byte[]?> GetImageAsync(string badgeClassId, string format, CancellationToken cancellationToken = default);
}
