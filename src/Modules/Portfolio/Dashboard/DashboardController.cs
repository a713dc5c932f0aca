using ApprenantAgile.Badges.Applications;
using ApprenantAgile.Portfolio.Holders;
using ApprenantAgile.Portfolio.Pages;
using ApprenantAgile.Portfolio.Rendering;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;

namespace ApprenantAgile.Portfolio.Dashboard;

/// <summary>"Mon espace": the signed-in holder's badges, applications with their status, and pages with their visibility.</summary>
[Authorize]
[Route(PortfolioUrls.DashboardRoute)]
public sealed class DashboardController(
    BadgeHolders holders,
    PortfolioPageStore pages,
    PortfolioRenderer renderer,
    PortfolioUrls urls,
    TimeProvider timeProvider,
    IStringLocalizer<DashboardController> localizer) : Controller
{
    [HttpGet("")]
    public async Task<IActionResult> Index(CancellationToken cancellationToken)
    {
        var user = await holders.GetCurrentAsync(User);
        if (user is null)
        {
            return Challenge();
        }

        var now = timeProvider.GetUtcNow().UtcDateTime;
        var badges = await holders.ListBadgesAsync(user, cancellationToken);
        var applications = await holders.ListApplicationsAsync(user, cancellationToken);
        var ownPages = await pages.ListByOwnerAsync(user.Id, cancellationToken);

        var model = new DashboardViewModel
        {
            UserName = user.UserName,
            Badges = badges.Select(b => new DashboardBadgeViewModel
            {
                Name = b.BadgeClass.Name,
                IssuedUtc = b.Assertion.IssuedUtc,
                StatusCode = b.IsRevoked ? "revoked" : b.Assertion.IsExpiredAt(now) ? "expired" : "valid",
                CredentialUrl = urls.Credential(b.AssertionId),
            }).ToList(),
            Applications = applications.Select(a => new DashboardApplicationViewModel
            {
                BadgeName = a.BadgeName,
                StatusCode = StatusCode(a.Status),
                Url = urls.Application(a.Id),
            }).ToList(),
            Pages = ownPages.Select(p => BuildPage(p, now)).ToList(),
            NewPageUrl = urls.NewPage,
            MyBadgesUrl = urls.MyBadges,
            NewApplicationUrl = urls.NewApplication,
        };

        return await renderer.RenderAsync(HttpContext, PortfolioTemplates.Dashboard, model, localizer["My space"], noIndex: true, cancellationToken);
    }

    private DashboardPageViewModel BuildPage(PortfolioPage page, DateTime now)
    {
        string? shareUrl = page.Visibility switch
        {
            PageVisibility.Public => urls.AbsolutePage(page.Id),
            PageVisibility.LinkOnly when page.ShareToken is not null => urls.AbsoluteSharedPage(page.ShareToken),
            _ => null,
        };

        return new DashboardPageViewModel
        {
            Title = page.Title,
            VisibilityCode = VisibilityCodes.Of(page.Visibility),
            ShareExpiresUtc = page.Visibility == PageVisibility.LinkOnly ? page.ShareExpiresUtc : null,
            IsShareLinkExpired = page.Visibility == PageVisibility.LinkOnly && !page.IsShareLinkOpenAt(now),
            BadgeCount = page.Items.Count,
            ViewUrl = urls.Page(page.Id),
            EditUrl = urls.EditPage(page.Id),
            ShareUrl = shareUrl,
        };
    }

    private static string StatusCode(BadgeApplicationStatus status) => status switch
    {
        BadgeApplicationStatus.Draft => "draft",
        BadgeApplicationStatus.Submitted => "submitted",
        BadgeApplicationStatus.InReview => "in-review",
        BadgeApplicationStatus.ChangesRequested => "changes-requested",
        BadgeApplicationStatus.Approved => "approved",
        _ => "refused",
    };
}
