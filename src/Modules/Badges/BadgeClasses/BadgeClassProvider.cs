using ApprenantAgile.Badges.Abstractions;
using ApprenantAgile.Badges.Catalogue;
using ApprenantAgile.Platform.Contents;

namespace ApprenantAgile.Badges.BadgeClasses;

/// <summary>
/// <see cref="IBadgeClassProvider"/> over the tenant's published BadgeClass items: national copies
/// (images from the catalogue artwork) and local classes (uploaded images).
/// </summary>
public sealed class BadgeClassProvider(BadgeClassStore store, BadgeImageStore images) : IBadgeClassProvider
{
    public async Task<BadgeClassInfo?> GetAsync(string badgeClassId, CancellationToken cancellationToken = default)
    {
        var stored = await store.GetAsync(badgeClassId, VersionOptions.Published, cancellationToken);
        return stored is null ? null : BadgeClassInfoMapper.ToInfo(stored);
    }

    public async Task<IReadOnlyList<BadgeClassInfo>> ListAsync(CancellationToken cancellationToken = default)
    {
        var classes = await store.ListAsync(publishedOnly: true, cancellationToken);
        return classes.Select(BadgeClassInfoMapper.ToInfo).ToList();
    }

    public async Task<byte[]?> GetImageAsync(string badgeClassId, string format, CancellationToken cancellationToken = default)
    {
        var stored = await store.GetAsync(badgeClassId, VersionOptions.Published, cancellationToken);
        return stored is null ? null : await ReadImageAsync(stored, format, cancellationToken);
    }

    /// <summary>Returns the image of a class in "svg" or "png", or null when the class has none in that format.</summary>
    public async Task<byte[]?> ReadImageAsync(StoredBadgeClass stored, string format, CancellationToken cancellationToken)
    {
        if (stored.Part.ImageFile is { } file)
        {
            return file.EndsWith("." + format, StringComparison.Ordinal) ? await images.ReadAsync(file, cancellationToken) : null;
        }

        return await BadgeArtwork.ReadAsync(stored.Part.Slug, format, cancellationToken);
    }
}
