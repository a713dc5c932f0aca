namespace ApprenantAgile.Badges.Images;

/// <summary>Size limits for uploaded badge images.</summary>
public sealed record BadgeImageLimits
{
    /// <summary>Largest accepted file, in bytes (default 2 MiB; the OB specs set no limit, badge images are usually far smaller).</summary>
    public long MaxFileBytes { get; init; } = 2 * 1024 * 1024;

    /// <summary>Largest accepted PNG width and height, in pixels, checked from the header before any pixel is decoded.</summary>
    public int MaxWidth { get; init; } = 4096;

    public int MaxHeight { get; init; } = 4096;
}
