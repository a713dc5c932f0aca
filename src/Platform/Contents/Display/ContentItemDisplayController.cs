using ApprenantAgile.Platform.Contents.Metadata;
using ApprenantAgile.Platform.Modules;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace ApprenantAgile.Platform.Contents.Display;

/// <summary>
/// The public page of an item: the published version of a listable type, to anyone. Drafts,
/// removed items, unknown ids and items of unlisted types return 404.
/// </summary>
[Feature(PlatformFeatures.Contents)]
[AllowAnonymous]
public sealed class ContentItemDisplayController(
    IContentManager contentManager,
    IContentDefinitionManager definitions,
    ContentDisplayService displayService) : Controller
{
    [HttpGet("contents/{contentItemId}")]
    public async Task<IActionResult> Display(string contentItemId, CancellationToken cancellationToken)
    {
        if (!ContentItemIds.IsValid(contentItemId))
        {
            return NotFound();
        }

        var item = await contentManager.GetAsync(contentItemId, VersionOptions.Published, cancellationToken);
        if (item is null)
        {
            return NotFound();
        }

        var type = await definitions.GetTypeDefinitionAsync(item.ContentType, cancellationToken);
        if (type is not { Settings.Listable: true })
        {
            return NotFound();
        }

        var model = await displayService.BuildDisplayAsync(item, cancellationToken);
        return model is null ? NotFound() : View("~/Views/Contents/Display.cshtml", model);
    }
}
