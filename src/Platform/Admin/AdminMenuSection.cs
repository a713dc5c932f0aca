namespace ApprenantAgile.Platform.Admin;

/// <summary>
/// Admin menu links that share a group heading. <see cref="Heading"/> is null for the links that
/// providers added without a group; they form the first section.
/// </summary>
public sealed record AdminMenuSection(string? Heading, IReadOnlyList<AdminMenuEntry> Entries);
