namespace ApprenantAgile.Platform.Contents;

/// <summary>A page of items matching a filter, newest change first.</summary>
public sealed record ContentQuery
{
    public const int MaxPageSize = 100;

    /// <summary>Only items of these types; null or empty for every type.</summary>
    public IReadOnlyCollection<string>? ContentTypes { get; init; }

    /// <summary>Text that the display text must contain, ignoring ASCII case; null or blank for no filter.</summary>
    public string? Search { get; init; }

    /// <summary><see cref="VersionOptions.Latest"/> (the admin list) or <see cref="VersionOptions.Published"/> (the site).</summary>
    public VersionOptions Version { get; init; } = VersionOptions.Latest;

    /// <summary>One-based page number.</summary>
    public int Page { get; init; } = 1;

    public int PageSize { get; init; } = 20;
}

/// <summary>One page of a <see cref="ContentQuery"/> and the number of items on all pages.</summary>
public sealed record ContentPage(IReadOnlyList<ContentItem> Items, int TotalCount, int Page, int PageSize)
{
    public int PageCount => TotalCount == 0 ? 1 : (TotalCount + PageSize - 1) / PageSize;
}
