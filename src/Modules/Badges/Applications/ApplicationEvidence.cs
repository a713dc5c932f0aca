namespace ApprenantAgile.Badges.Applications;

/// <summary>
/// One piece of evidence of an application: an uploaded file, an http(s) link or a text. A file is
/// stored under the tenant's App_Data as <see cref="StoredName"/>, never under its uploaded name.
/// </summary>
public sealed class ApplicationEvidence
{
    public string Id { get; set; } = Guid.NewGuid().ToString("N");

    public string ApplicationId { get; set; } = "";

    public EvidenceKind Kind { get; set; }

    /// <summary>The learner's title for a link or a text; the uploaded file name for a file.</summary>
    public string Title { get; set; } = "";

    /// <summary>For a file: the media type found from its content (not from its name).</summary>
    public string? ContentType { get; set; }

    /// <summary>For a file: its size in bytes.</summary>
    public long Length { get; set; }

    /// <summary>For a file: the random name of the stored file inside the application's evidence folder.</summary>
    public string? StoredName { get; set; }

    /// <summary>For a link: an absolute http or https URL.</summary>
    public string? Url { get; set; }

    /// <summary>For a text: what the learner wrote.</summary>
    public string? Text { get; set; }

    public DateTime CreatedUtc { get; set; }
}
