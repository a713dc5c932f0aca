using ApprenantAgile.Platform.Users.Models;
using ApprenantAgile.Portfolio.Holders;
using ApprenantAgile.Portfolio.Pages;
using ApprenantAgile.Portfolio.Rendering;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Logging;

namespace ApprenantAgile.Portfolio.Editor;

/// <summary>
/// The holder's page editor under <c>/mon-espace/pages</c>: create, change, delete a page, and
/// replace its share link. A page of another user is "not found".
/// </summary>
[Authorize]
[AutoValidateAntiforgeryToken]
[Route(PortfolioUrls.PagesRoute)]
public sealed class PageEditorController(
    BadgeHolders holders,
    PortfolioPageStore pages,
    PageFormValidator validator,
    PageEditorViewModelFactory viewModels,
    PortfolioRenderer renderer,
    PortfolioUrls urls,
    TimeProvider timeProvider,
    IStringLocalizer<PageEditorController> localizer,
    ILogger<PageEditorController> logger) : Controller
{
    private const string PageId = "{pageId:regex(^[[0-9a-f]]{{32}}$)}";
    private const string SavedFlag = "enregistree";

    [HttpGet("nouvelle")]
    public async Task<IActionResult> New(CancellationToken cancellationToken)
    {
        var user = await holders.GetCurrentAsync(User);
        if (user is null)
        {
            return Challenge();
        }

        var heldBadges = await holders.ListBadgesAsync(user, cancellationToken);
        return await RenderAsync(null, new PortfolioPage(), heldBadges, [], saved: false, cancellationToken);
    }

    [HttpPost("nouvelle")]
    public async Task<IActionResult> Create(CancellationToken cancellationToken)
    {
        var user = await holders.GetCurrentAsync(User);
        if (user is null)
        {
            return Challenge();
        }

        var now = timeProvider.GetUtcNow().UtcDateTime;
        var page = new PortfolioPage { OwnerUserId = user.Id, CreatedUtc = now };
        return await SaveAsync(user, null, page, cancellationToken);
    }

    [HttpGet(PageId)]
    public async Task<IActionResult> Edit(string pageId, CancellationToken cancellationToken)
    {
        var (user, page) = await FindOwnAsync(pageId, cancellationToken);
        if (user is null || page is null)
        {
            return NotFound();
        }

        var heldBadges = await holders.ListBadgesAsync(user, cancellationToken);
        return await RenderAsync(pageId, page, heldBadges, [], saved: Request.Query.ContainsKey(SavedFlag), cancellationToken);
    }

    [HttpPost(PageId)]
    public async Task<IActionResult> Update(string pageId, CancellationToken cancellationToken)
    {
        var (user, page) = await FindOwnAsync(pageId, cancellationToken);
        if (user is null || page is null)
        {
            return NotFound();
        }

        return await SaveAsync(user, pageId, page, cancellationToken);
    }

    [HttpPost(PageId + "/supprimer")]
    public async Task<IActionResult> Delete(string pageId, CancellationToken cancellationToken)
    {
        var user = await holders.GetCurrentAsync(User);
        if (user is null || !await pages.DeleteAsync(pageId, user.Id, cancellationToken))
        {
            return NotFound();
        }

        logger.LogInformation("Portfolio page {PageId} deleted by its owner {UserId}", pageId, user.Id);
        return Redirect(urls.Dashboard);
    }

    /// <summary>Replaces the share link of a link-only page, so that the old link stops working.</summary>
    [HttpPost(PageId + "/nouveau-lien")]
    public async Task<IActionResult> RenewShareLink(string pageId, CancellationToken cancellationToken)
    {
        var (user, page) = await FindOwnAsync(pageId, cancellationToken);
        if (user is null || page is null || page.Visibility != PageVisibility.LinkOnly)
        {
            return NotFound();
        }

        page.ShareToken = ShareTokens.Create();
        page.ModifiedUtc = timeProvider.GetUtcNow().UtcDateTime;
        await pages.UpdateAsync(page, cancellationToken);
        logger.LogInformation("Share link of portfolio page {PageId} replaced by its owner {UserId}", pageId, user.Id);
        return Redirect(urls.EditPage(pageId) + "?" + SavedFlag + "=1");
    }

    private async Task<IActionResult> SaveAsync(User user, string? pageId, PortfolioPage page, CancellationToken cancellationToken)
    {
        var form = PageFormReader.Read(await Request.ReadFormAsync(cancellationToken));
        var heldBadges = await holders.ListBadgesAsync(user, cancellationToken);

        // Keep only badges the holder has, and for each only evidence of that badge's application.
        var heldById = heldBadges.Where(b => !b.IsRevoked).ToDictionary(b => b.AssertionId, StringComparer.Ordinal);
        var items = form.Items
            .Where(i => heldById.ContainsKey(i.AssertionId))
            .Select(i => new PageItem(i.AssertionId, i.EvidenceIds.Where(id => heldById[i.AssertionId].Evidence.Any(e => e.Id == id)).ToList()))
            .ToList();

        page.Title = form.Title;
        page.Introduction = form.Introduction;
        page.Items = items;

        var errors = validator.Validate(form);
        if (errors.Count > 0)
        {
            page.Visibility = form.Visibility ?? page.Visibility;
            var invalid = (ContentResult)await RenderAsync(pageId, page, heldBadges, errors, saved: false, cancellationToken);
            invalid.StatusCode = StatusCodes.Status400BadRequest;
            return invalid;
        }

        ApplyVisibility(page, form);
        page.ModifiedUtc = timeProvider.GetUtcNow().UtcDateTime;
        if (pageId is null)
        {
            await pages.AddAsync(page, cancellationToken);
            logger.LogInformation("Portfolio page {PageId} created by {UserId}", page.Id, user.Id);
        }
        else
        {
            await pages.UpdateAsync(page, cancellationToken);
        }

        return Redirect(urls.EditPage(page.Id) + "?" + SavedFlag + "=1");
    }

    /// <summary>
    /// Sets the visibility. A page that becomes link-only gets a new share link. A page that stops
    /// being link-only loses its link, so an old link never opens the page again.
    /// </summary>
    private static void ApplyVisibility(PortfolioPage page, PageForm form)
    {
        var visibility = form.Visibility!.Value;
        if (visibility == PageVisibility.LinkOnly)
        {
            page.ShareToken ??= ShareTokens.Create();
            page.ShareExpiresUtc = form.ShareEndDate is { } lastDay ? PageFormValidator.EndOfDayUtc(lastDay) : null;
        }
        else
        {
            page.ShareToken = null;
            page.ShareExpiresUtc = null;
        }

        page.Visibility = visibility;
    }

    private async Task<(User? User, PortfolioPage? Page)> FindOwnAsync(string pageId, CancellationToken cancellationToken)
    {
        var user = await holders.GetCurrentAsync(User);
        var page = user is null ? null : await pages.FindAsync(pageId, cancellationToken);
        return page is not null && page.OwnerUserId == user!.Id ? (user, page) : (user, null);
    }

    private Task<IActionResult> RenderAsync(
        string? pageId, PortfolioPage page, IReadOnlyList<HeldBadge> heldBadges, IReadOnlyList<string> errors, bool saved, CancellationToken cancellationToken)
    {
        var model = viewModels.Build(HttpContext, pageId, page, heldBadges, errors, saved);
        var title = pageId is null ? localizer["New page"] : localizer["Edit the page"];
        return renderer.RenderAsync(HttpContext, PortfolioTemplates.PageEditor, model, title, noIndex: true, cancellationToken);
    }
}
