namespace ApprenantAgile.Badges.Applications.Evidence;

/// <summary>Limits of evidence uploads, bound from the "Badges:Evidence" configuration section.</summary>
public sealed class EvidenceOptions
{
    public const string SectionName = "Badges:Evidence";

    /// <summary>Largest accepted file, in bytes (default 20 MiB, enough for a short phone video).</summary>
    public long MaxFileBytes { get; set; } = 20 * 1024 * 1024;

    /// <summary>Largest total of the files of one application, in bytes (default 100 MiB).</summary>
    public long MaxApplicationBytes { get; set; } = 100 * 1024 * 1024;

    /// <summary>Most evidence items (files, links and texts together) one application may have.</summary>
    public int MaxItemsPerApplication { get; set; } = 30;
}
