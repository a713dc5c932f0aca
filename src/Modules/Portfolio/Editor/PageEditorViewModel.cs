namespace ApprenantAgile.Portfolio.Editor;

/// <summary>What the <c>Portfolio.PageEditor</c> template shows: the page form with the holder's badges to choose from.</summary>
public sealed class PageEditorViewModel
{
    public required bool IsNew { get; init; }

    public required string FormAction { get; init; }

    public required string DashboardUrl { get; init; }

    public required string Title { get; init; }

    public required string Introduction { get; init; }

    /// <summary>"private", "link" or "public".</summary>
    public required string VisibilityCode { get; init; }

    /// <summary>Last day of the share link as yyyy-MM-dd (Paris time), or "" when it does not end.</summary>
    public required string ShareEndDate { get; init; }

    /// <summary>Absolute address of a link-only page's share link, or null.</summary>
    public string? ShareUrl { get; init; }

    /// <summary>Absolute address of a public page, or null.</summary>
    public string? PublicUrl { get; init; }

    /// <summary>Where the holder previews the page; null for a page not yet saved.</summary>
    public string? ViewUrl { get; init; }

    public string? DeleteAction { get; init; }

    public string? RenewShareLinkAction { get; init; }

    /// <summary>Translated messages of the fields the holder must correct.</summary>
    public required IReadOnlyList<string> Errors { get; init; }

    /// <summary>True right after a successful save.</summary>
    public bool Saved { get; init; }

    public required IReadOnlyList<EditorBadgeViewModel> Badges { get; init; }

    public required string AntiforgeryFieldName { get; init; }

    public required string AntiforgeryToken { get; init; }
}

/// <summary>A held badge in the editor, with its place on the page when chosen.</summary>
public sealed class EditorBadgeViewModel
{
    public required string AssertionId { get; init; }

    public required string Name { get; init; }

    public required DateTime IssuedUtc { get; init; }

    public required bool IsSelected { get; init; }

    /// <summary>1-based position on the page; badges not chosen get a position after the chosen ones.</summary>
    public required int Position { get; init; }

    public required IReadOnlyList<EditorEvidenceViewModel> Evidence { get; init; }
}

/// <summary>An evidence item of a badge's application. <see cref="KindCode"/> is "file", "link" or "text".</summary>
public sealed class EditorEvidenceViewModel
{
    public required string Id { get; init; }

    public required string Title { get; init; }

    public required string KindCode { get; init; }

    public required bool IsSelected { get; init; }
}
