using ApprenantAgile.Badges.Applications;
using ApprenantAgile.Badges.Applications.Evidence;
using ApprenantAgile.Badges.Endpoints;
using ApprenantAgile.Portfolio.Holders;
using ApprenantAgile.Portfolio.Pages;
using ApprenantAgile.Portfolio.Rendering;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Net.Http.Headers;

namespace ApprenantAgile.Portfolio.Viewing;

/// <summary>
/// Portfolio pages as visitors see them, at the page's address (<c>/portfolio/{id}</c>) or its
/// share link (<c>/portfolio/lien/{token}</c>), with the evidence files and badge JSON of the
/// badges the page shows. Anything the page does not show, or a page the request may not read,
/// is 404.
/// </summary>
[AllowAnonymous]
[Route(PortfolioUrls.PageRoute)]
public sealed class PortfolioPageController(
    PageAccess access,
    BadgeHolders holders,
    PageViewModelFactory viewModels,
    PortfolioRenderer renderer,
    EvidenceFileStore evidenceFiles,
    BakedImageService bakedImages,
    TimeProvider timeProvider) : Controller
{
    private const string PageId = "{pageId:regex(^[[0-9a-f]]{{32}}$)}";
    private const string Token = PortfolioUrls.ShareLinkSegment + "/{token}";
    private const string Evidence = "preuves/{evidenceId:regex(^[[0-9a-f]]{{32}}$)}";
    private const string BadgeJson = "badges/{assertionId:regex(^[[0-9a-f]]{{32}}$)}/badge.json";

    [HttpGet(PageId)]
    public async Task<IActionResult> Show(string pageId, CancellationToken cancellationToken) =>
        await ShowAsync(await access.OpenByIdAsync(pageId, User, cancellationToken), atOwnAddress: true, cancellationToken);

    [HttpGet(Token)]
    public async Task<IActionResult> ShowShared(string token, CancellationToken cancellationToken) =>
        await ShowAsync(await access.OpenByShareTokenAsync(token, User, cancellationToken), atOwnAddress: false, cancellationToken);

    [HttpGet(PageId + "/" + Evidence)]
    public async Task<IActionResult> EvidenceFile(string pageId, string evidenceId, CancellationToken cancellationToken) =>
        await EvidenceFileAsync(await access.OpenByIdAsync(pageId, User, cancellationToken), evidenceId, cancellationToken);

    [HttpGet(Token + "/" + Evidence)]
    public async Task<IActionResult> SharedEvidenceFile(string token, string evidenceId, CancellationToken cancellationToken) =>
        await EvidenceFileAsync(await access.OpenByShareTokenAsync(token, User, cancellationToken), evidenceId, cancellationToken);

    [HttpGet(PageId + "/" + BadgeJson)]
    public async Task<IActionResult> Json(string pageId, string assertionId, CancellationToken cancellationToken) =>
        await JsonAsync(await access.OpenByIdAsync(pageId, User, cancellationToken), assertionId, cancellationToken);

    [HttpGet(Token + "/" + BadgeJson)]
    public async Task<IActionResult> SharedJson(string token, string assertionId, CancellationToken cancellationToken) =>
        await JsonAsync(await access.OpenByShareTokenAsync(token, User, cancellationToken), assertionId, cancellationToken);

    private async Task<IActionResult> ShowAsync(OpenedPage? opened, bool atOwnAddress, CancellationToken cancellationToken)
    {
        if (opened is null)
        {
            return NotFound();
        }

        var badges = await ResolveAsync(opened, cancellationToken);
        var model = await viewModels.BuildAsync(opened, badges, cancellationToken);

        // Only a public page seen by someone other than its owner is the same for every visitor. Link-only
        // pages are never cached, so their end date and a renewed link apply at once.
        if (atOwnAddress && opened.Page.Visibility == PageVisibility.Public && !opened.IsOwner)
        {
            return await renderer.RenderSharedAsync(HttpContext, PortfolioTemplates.Page, model, opened.Page.Title,
                PageCacheLifetime.UntilNextExpiry(model, timeProvider.GetUtcNow().UtcDateTime), cancellationToken);
        }

        return await renderer.RenderAsync(HttpContext, PortfolioTemplates.Page, model, opened.Page.Title, opened.NoIndex, cancellationToken);
    }

    private async Task<IActionResult> EvidenceFileAsync(OpenedPage? opened, string evidenceId, CancellationToken cancellationToken)
    {
        if (opened is null)
        {
            return NotFound();
        }

        var evidence = (await ResolveAsync(opened, cancellationToken))
            .SelectMany(b => b.Evidence)
            .FirstOrDefault(e => e.Id == evidenceId && e.Kind == EvidenceKind.File);
        var type = EvidenceFileType.FromContentType(evidence?.ContentType);
        var content = evidence?.StoredName is null ? null : evidenceFiles.Open(evidence.ApplicationId, evidence.StoredName);
        if (evidence is null || type is null || content is null)
        {
            return NotFound();
        }

        // Same protections as the application's own evidence route: no sniffing, and a sandbox for anything opened inline.
        Response.Headers[HeaderNames.XContentTypeOptions] = "nosniff";
        Response.Headers[HeaderNames.ContentSecurityPolicy] = "default-src 'none'; sandbox";
        if (opened.NoIndex)
        {
            Response.Headers[PortfolioRenderer.RobotsHeader] = "noindex, nofollow";
        }

        var disposition = new ContentDispositionHeaderValue(type.IsInline ? "inline" : "attachment");
        disposition.SetHttpFileName(Path.ChangeExtension(evidence.Title, type.Extension));
        Response.Headers[HeaderNames.ContentDisposition] = disposition.ToString();
        return File(content, type.ContentType);
    }

    private async Task<IActionResult> JsonAsync(OpenedPage? opened, string assertionId, CancellationToken cancellationToken)
    {
        var badge = opened is null
            ? null
            : (await ResolveAsync(opened, cancellationToken)).FirstOrDefault(b => b.Badge.AssertionId == assertionId);
        if (badge is null)
        {
            return NotFound();
        }

        return File(bakedImages.HostedJson(badge.Badge.Assertion), Ob2ContentNegotiation.JsonLdMediaType, $"badge-{badge.Badge.BadgeClass.Slug}.json");
    }

    private async Task<IReadOnlyList<SelectedBadge>> ResolveAsync(OpenedPage opened, CancellationToken cancellationToken) =>
        PageSelection.Resolve(opened.Page, await holders.ListBadgesAsync(opened.Owner, cancellationToken));
}
