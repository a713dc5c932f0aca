namespace ApprenantAgile.Portfolio.Viewing;

/// <summary>
/// What the <c>Portfolio.Page</c> template shows: a page with only the badges and evidence its
/// holder chose. <see cref="Introduction"/> is Markdown; the template renders it with <c>markdownify</c>.
/// </summary>
public sealed class PageViewModel
{
    public required string Title { get; init; }

    public required string Introduction { get; init; }

    public required string HolderName { get; init; }

    /// <summary>"private", "link" or "public".</summary>
    public required string VisibilityCode { get; init; }

    /// <summary>True when the holder is looking at their own page: the sharing tools are shown.</summary>
    public required bool IsOwner { get; init; }

    public string? EditUrl { get; init; }

    public required IReadOnlyList<PageBadgeViewModel> Badges { get; init; }
}

/// <summary>A badge shown on a page. <see cref="Share"/> is set for the holder only.</summary>
public sealed class PageBadgeViewModel
{
    public required string AssertionId { get; init; }

    public required string Name { get; init; }

    public required string Description { get; init; }

    public required string IssuerName { get; init; }

    public required DateTime IssuedUtc { get; init; }

    public DateTime? ExpiresUtc { get; init; }

    public required bool IsExpired { get; init; }

    public required string ImageUrl { get; init; }

    /// <summary>The hosted assertion's URL: the credential URL that verifiers and LinkedIn open.</summary>
    public required string CredentialUrl { get; init; }

    public required string BakedPngUrl { get; init; }

    public required string BakedSvgUrl { get; init; }

    public required string JsonUrl { get; init; }

    public required IReadOnlyList<PageEvidenceViewModel> Evidence { get; init; }

    public BadgeShareViewModel? Share { get; init; }
}

/// <summary>
/// An evidence item chosen for a badge. <see cref="KindCode"/> is "file" (<see cref="Url"/> is the
/// page's download route), "link" (<see cref="Url"/> is the learner's link) or "text" (<see cref="Text"/>).
/// </summary>
public sealed class PageEvidenceViewModel
{
    public required string Title { get; init; }

    public required string KindCode { get; init; }

    public string? Url { get; init; }

    public string? Text { get; init; }
}

/// <summary>The holder's sharing tools for one badge.</summary>
public sealed class BadgeShareViewModel
{
    public required string CredentialUrl { get; init; }

    public required string LinkedInUrl { get; init; }

    /// <summary>QR code of <see cref="CredentialUrl"/>, as an SVG data URL.</summary>
    public required string QrCodeDataUrl { get; init; }

    /// <summary>HTML to paste elsewhere; the template shows it as text, never as markup.</summary>
    public required string EmbedHtml { get; init; }
}
