using System.Security.Claims;
using ApprenantAgile.Portfolio.Holders;
using ApprenantAgile.Portfolio.Pages;
using ApprenantAgile.Portfolio.Rendering;

namespace ApprenantAgile.Portfolio.Viewing;

/// <summary>
/// Decides who may read a page. At its own address a page opens for anyone when public, and for
/// its owner whatever its visibility. At its share link it opens for anyone while it is link-only
/// and its end date has not passed. Every other case is "not found", so a response never reveals
/// that a private page exists.
/// </summary>
public sealed class PageAccess(PortfolioPageStore pages, BadgeHolders holders, PortfolioUrls urls, TimeProvider timeProvider)
{
    public async Task<OpenedPage?> OpenByIdAsync(string pageId, ClaimsPrincipal viewer, CancellationToken cancellationToken)
    {
        var page = await pages.FindAsync(pageId, cancellationToken);
        if (page is null)
        {
            return null;
        }

        var current = await holders.GetCurrentAsync(viewer);
        var isOwner = current is not null && current.Id == page.OwnerUserId;
        if (!isOwner && page.Visibility != PageVisibility.Public)
        {
            return null;
        }

        var owner = isOwner ? current : await holders.FindAsync(page.OwnerUserId);
        return owner is null ? null : new OpenedPage(page, owner, isOwner, urls.Page(page.Id));
    }

    public async Task<OpenedPage?> OpenByShareTokenAsync(string token, ClaimsPrincipal viewer, CancellationToken cancellationToken)
    {
        if (!ShareTokens.IsWellFormed(token))
        {
            return null;
        }

        var page = await pages.FindByShareTokenAsync(token, cancellationToken);
        if (page is null || !page.IsShareLinkOpenAt(timeProvider.GetUtcNow().UtcDateTime))
        {
            return null;
        }

        var owner = await holders.FindAsync(page.OwnerUserId);
        if (owner is null)
        {
            return null;
        }

        var current = await holders.GetCurrentAsync(viewer);
        return new OpenedPage(page, owner, current?.Id == owner.Id, urls.SharedPage(token));
    }
}
