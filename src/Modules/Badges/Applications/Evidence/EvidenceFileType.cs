namespace ApprenantAgile.Badges.Applications.Evidence;

/// <summary>
/// An accepted evidence file format: its media type, the extension the download gets, and whether a
/// browser may show it inline. PDF is not inline because browser PDF viewers can run scripts.
/// </summary>
public sealed record EvidenceFileType(string ContentType, string Extension, bool IsInline)
{
    public static readonly EvidenceFileType Png = new("image/png", ".png", true);
    public static readonly EvidenceFileType Jpeg = new("image/jpeg", ".jpg", true);
    public static readonly EvidenceFileType Gif = new("image/gif", ".gif", true);
    public static readonly EvidenceFileType WebP = new("image/webp", ".webp", true);
    public static readonly EvidenceFileType Pdf = new("application/pdf", ".pdf", false);
    public static readonly EvidenceFileType Mp3 = new("audio/mpeg", ".mp3", true);
    public static readonly EvidenceFileType Ogg = new("audio/ogg", ".ogg", true);
    public static readonly EvidenceFileType Wav = new("audio/wav", ".wav", true);
    public static readonly EvidenceFileType Mp4 = new("video/mp4", ".mp4", true);
    public static readonly EvidenceFileType WebM = new("video/webm", ".webm", true);

    public static IReadOnlyList<EvidenceFileType> All { get; } = [Png, Jpeg, Gif, WebP, Pdf, Mp3, Ogg, Wav, Mp4, WebM];

    /// <summary>Returns the accepted type with this media type, or null.</summary>
    public static EvidenceFileType? FromContentType(string? contentType) =>
        All.FirstOrDefault(t => string.Equals(t.ContentType, contentType, StringComparison.OrdinalIgnoreCase));
}
