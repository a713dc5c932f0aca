using ApprenantAgile.Platform.Admin;
using ApprenantAgile.Platform.Contents.Metadata;
using ApprenantAgile.Platform.Modules;
using ApprenantAgile.Platform.Security.Permissions;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;

namespace ApprenantAgile.Platform.Contents.Admin;

/// <summary>
/// The content admin: list, create, edit, publish, unpublish, delete and version history. Types
/// that are not draftable are published on save; draftable types save a draft and publish on request.
/// Items that an <see cref="IContentAdminGuard"/> rejects get a 403 response and the guard's reason.
/// </summary>
[Feature(PlatformFeatures.Contents)]
[Route("admin/contents")]
[AutoValidateAntiforgeryToken]
public sealed class ContentsAdminController(
    IContentManager contentManager,
    IContentDefinitionManager definitions,
    ContentEditorService editorService,
    IEnumerable<IContentAdminGuard> guards) : Controller
{
    private const string ViewsFolder = "~/Views/Contents/";
    private const int PageSize = 20;

    [HttpGet("")]
    [RequirePermission(ContentPermissions.ViewContentName)]
    public async Task<IActionResult> Index(string? contentType, string? q, int page = 1, CancellationToken cancellationToken = default)
    {
        var types = await definitions.ListTypeDefinitionsAsync(cancellationToken);
        var listable = types.Where(t => t.Settings.Listable).ToList();
        var filter = listable.Any(t => t.Name == contentType) ? [contentType!] : listable.Select(t => t.Name).ToList();

        // Without listable types there is nothing to list, and an empty type filter would mean "every type".
        var result = filter.Count == 0
            ? new ContentPage([], 0, 1, PageSize)
            : await contentManager.QueryAsync(new ContentQuery
            {
                ContentTypes = filter,
                Search = q,
                Page = Math.Max(page, 1),
                PageSize = PageSize,
            }, cancellationToken);

        var model = new ContentListViewModel(result, contentType, q, listable, types.Where(t => t.Settings.Creatable).ToList());
        return View(ViewsFolder + "Index.cshtml", model);
    }

    [HttpGet("create/{contentType}")]
    [RequirePermission(ContentPermissions.EditContentName)]
    public async Task<IActionResult> Create(string contentType, CancellationToken cancellationToken)
    {
        if (await FindCreatableTypeAsync(contentType, cancellationToken) is null)
        {
            return NotFound();
        }

        var item = await contentManager.NewAsync(contentType, cancellationToken);
        if (await RejectAsync(item, cancellationToken) is { } rejected)
        {
            return rejected;
        }

        return View(ViewsFolder + "Edit.cshtml", await editorService.BuildEditorAsync(item, [], cancellationToken));
    }

    [HttpPost("create/{contentType}")]
    [RequirePermission(ContentPermissions.EditContentName)]
    public async Task<IActionResult> CreatePost(string contentType, bool publish, CancellationToken cancellationToken)
    {
        var type = await FindCreatableTypeAsync(contentType, cancellationToken);
        if (type is null)
        {
            return NotFound();
        }

        var item = await contentManager.NewAsync(contentType, cancellationToken);
        if (await RejectAsync(item, cancellationToken) is { } rejected)
        {
            return rejected;
        }

        var errors = await editorService.UpdateAsync(item, Request.Form, cancellationToken);
        if (errors.Count > 0)
        {
            Response.StatusCode = StatusCodes.Status422UnprocessableEntity;
            return View(ViewsFolder + "Edit.cshtml", await editorService.BuildEditorAsync(item, errors, cancellationToken));
        }

        var options = publish || !type.Settings.Draftable ? VersionOptions.Published : VersionOptions.Draft;
        await contentManager.CreateAsync(item, options, cancellationToken);
        return RedirectToAction(nameof(Edit), new { contentItemId = item.ContentItemId });
    }

    [HttpGet("{contentItemId}/edit")]
    [RequirePermission(ContentPermissions.EditContentName)]
    public async Task<IActionResult> Edit(string contentItemId, CancellationToken cancellationToken)
    {
        var item = await contentManager.GetAsync(contentItemId, VersionOptions.Latest, cancellationToken);
        if (item is null || await definitions.GetTypeDefinitionAsync(item.ContentType, cancellationToken) is null)
        {
            return NotFound();
        }

        if (await RejectAsync(item, cancellationToken) is { } rejected)
        {
            return rejected;
        }

        return View(ViewsFolder + "Edit.cshtml", await editorService.BuildEditorAsync(item, [], cancellationToken));
    }

    [HttpPost("{contentItemId}/edit")]
    [RequirePermission(ContentPermissions.EditContentName)]
    public async Task<IActionResult> EditPost(string contentItemId, bool publish, CancellationToken cancellationToken)
    {
        var latest = await contentManager.GetAsync(contentItemId, VersionOptions.Latest, cancellationToken);
        var type = latest is null ? null : await definitions.GetTypeDefinitionAsync(latest.ContentType, cancellationToken);
        if (latest is null || type is null)
        {
            return NotFound();
        }

        if (await RejectAsync(latest, cancellationToken) is { } rejected)
        {
            return rejected;
        }

        // A new version is made only when versions matter; otherwise the latest version is edited in place.
        var options = type.Settings.Draftable || type.Settings.Versionable ? VersionOptions.DraftRequired : VersionOptions.Latest;
        var item = (await contentManager.GetAsync(contentItemId, options, cancellationToken))!;
        var errors = await editorService.UpdateAsync(item, Request.Form, cancellationToken);
        if (errors.Count > 0)
        {
            Response.StatusCode = StatusCodes.Status422UnprocessableEntity;
            return View(ViewsFolder + "Edit.cshtml", await editorService.BuildEditorAsync(item, errors, cancellationToken));
        }

        await contentManager.UpdateAsync(item, cancellationToken);
        if (publish || !type.Settings.Draftable)
        {
            await contentManager.PublishAsync(item, cancellationToken);
        }

        return RedirectToAction(nameof(Edit), new { contentItemId });
    }

    [HttpPost("{contentItemId}/publish")]
    [RequirePermission(ContentPermissions.PublishContentName)]
    public async Task<IActionResult> Publish(string contentItemId, CancellationToken cancellationToken)
    {
        var item = await contentManager.GetAsync(contentItemId, VersionOptions.Latest, cancellationToken);
        if (item is null)
        {
            return NotFound();
        }

        if (await RejectAsync(item, cancellationToken) is { } rejected)
        {
            return rejected;
        }

        await contentManager.PublishAsync(item, cancellationToken);
        return RedirectToAction(nameof(Index));
    }

    [HttpPost("{contentItemId}/unpublish")]
    [RequirePermission(ContentPermissions.PublishContentName)]
    public async Task<IActionResult> Unpublish(string contentItemId, CancellationToken cancellationToken)
    {
        var item = await contentManager.GetAsync(contentItemId, VersionOptions.Published, cancellationToken);
        if (item is null)
        {
            return NotFound();
        }

        if (await RejectAsync(item, cancellationToken) is { } rejected)
        {
            return rejected;
        }

        await contentManager.UnpublishAsync(item, cancellationToken);
        return RedirectToAction(nameof(Index));
    }

    [HttpGet("{contentItemId}/delete")]
    [RequirePermission(ContentPermissions.DeleteContentName)]
    public async Task<IActionResult> Delete(string contentItemId, CancellationToken cancellationToken)
    {
        var item = await contentManager.GetAsync(contentItemId, VersionOptions.Latest, cancellationToken);
        if (item is null)
        {
            return NotFound();
        }

        return await RejectAsync(item, cancellationToken) ?? View(ViewsFolder + "Delete.cshtml", item);
    }

    [HttpPost("{contentItemId}/delete")]
    [RequirePermission(ContentPermissions.DeleteContentName)]
    public async Task<IActionResult> DeletePost(string contentItemId, CancellationToken cancellationToken)
    {
        var item = await contentManager.GetAsync(contentItemId, VersionOptions.Latest, cancellationToken);
        if (item is null)
        {
            return NotFound();
        }

        if (await RejectAsync(item, cancellationToken) is { } rejected)
        {
            return rejected;
        }

        await contentManager.RemoveAsync(item, cancellationToken);
        return RedirectToAction(nameof(Index));
    }

    [HttpGet("{contentItemId}/versions")]
    [RequirePermission(ContentPermissions.ViewContentName)]
    public async Task<IActionResult> Versions(string contentItemId, CancellationToken cancellationToken)
    {
        var latest = await contentManager.GetAsync(contentItemId, VersionOptions.Latest, cancellationToken);
        if (latest is null)
        {
            return NotFound();
        }

        var versions = await contentManager.GetVersionsAsync(contentItemId, cancellationToken);
        return View(ViewsFolder + "Versions.cshtml", new ContentVersionsViewModel(latest, versions.Reverse().ToList()));
    }

    /// <summary>Returns the content list with status 403 and the guard's reason when a guard rejects <paramref name="item"/>, else null.</summary>
    private async Task<IActionResult?> RejectAsync(ContentItem item, CancellationToken cancellationToken)
    {
        var reason = guards.Select(g => g.GetRejection(item)).FirstOrDefault(r => r is not null);
        if (reason is null)
        {
            return null;
        }

        TempData.AddError(reason);
        var list = await Index(null, null, 1, cancellationToken);
        Response.StatusCode = StatusCodes.Status403Forbidden;
        return list;
    }

    private async Task<ContentTypeDefinition?> FindCreatableTypeAsync(string contentType, CancellationToken cancellationToken) =>
        await definitions.GetTypeDefinitionAsync(contentType, cancellationToken) is { Settings.Creatable: true } type ? type : null;
}
