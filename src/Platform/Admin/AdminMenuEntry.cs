namespace ApprenantAgile.Platform.Admin;

/// <summary>
/// A visible admin menu link. <see cref="Url"/> is tenant-relative ("~/admin/..."), for
/// <c>Url.Content</c>; <see cref="IsCurrent"/> marks the link of the page being shown.
/// </summary>
public sealed record AdminMenuEntry(string Text, string Url, bool IsCurrent);
