namespace ApprenantAgile.Portfolio.Dashboard;

/// <summary>What the <c>Portfolio.Dashboard</c> template shows: the holder's badges, applications and pages.</summary>
public sealed class DashboardViewModel
{
    public required string UserName { get; init; }

    public required IReadOnlyList<DashboardBadgeViewModel> Badges { get; init; }

    public required IReadOnlyList<DashboardApplicationViewModel> Applications { get; init; }

    public required IReadOnlyList<DashboardPageViewModel> Pages { get; init; }

    public required string NewPageUrl { get; init; }

    public required string MyBadgesUrl { get; init; }

    public required string NewApplicationUrl { get; init; }
}

/// <summary>A badge on the dashboard. <see cref="StatusCode"/> is "valid", "expired" or "revoked".</summary>
public sealed class DashboardBadgeViewModel
{
    public required string Name { get; init; }

    public required DateTime IssuedUtc { get; init; }

    public required string StatusCode { get; init; }

    public required string CredentialUrl { get; init; }
}

/// <summary>
/// An application on the dashboard. <see cref="StatusCode"/> is "draft", "submitted", "in-review",
/// "changes-requested", "approved" or "refused".
/// </summary>
public sealed class DashboardApplicationViewModel
{
    public required string BadgeName { get; init; }

    public required string StatusCode { get; init; }

    public required string Url { get; init; }
}

/// <summary>
/// A page on the dashboard. <see cref="VisibilityCode"/> is "private", "link" or "public";
/// <see cref="ShareUrl"/> is the address to give out, or null for a private page.
/// </summary>
public sealed class DashboardPageViewModel
{
    public required string Title { get; init; }

    public required string VisibilityCode { get; init; }

    public DateTime? ShareExpiresUtc { get; init; }

    /// <summary>True when the page is link-only and its end date has passed.</summary>
    public bool IsShareLinkExpired { get; init; }

    public required int BadgeCount { get; init; }

    public required string ViewUrl { get; init; }

    public required string EditUrl { get; init; }

    public string? ShareUrl { get; init; }
}
