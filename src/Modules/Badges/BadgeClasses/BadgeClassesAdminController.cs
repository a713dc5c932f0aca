using ApprenantAgile.Badges.Catalogue;
using ApprenantAgile.Badges.Images;
using ApprenantAgile.Platform.Admin;
using ApprenantAgile.Platform.Contents;
using ApprenantAgile.Platform.Contents.Metadata;
using ApprenantAgile.Platform.Documents;
using ApprenantAgile.Platform.Security.Permissions;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Logging;

namespace ApprenantAgile.Badges.BadgeClasses;

/// <summary>
/// The badge classes admin: the list (national classes read-only), creation and editing of local
/// classes with an image upload, and the synchronisation of the national catalogue.
/// </summary>
[Route("admin/badges/classes")]
public sealed class BadgeClassesAdminController(
    BadgeClassStore store,
    BadgeImageStore images,
    BadgeImageValidator validator,
    IContentManager contentManager,
    IContentDefinitionManager definitions,
    CatalogueSynchronizer synchronizer,
    IDocumentStore documents,
    IStringLocalizer<BadgeClassesAdminController> S,
    ILogger<BadgeClassesAdminController> logger) : Controller
{
    /// <summary>Largest accepted request. <see cref="BadgeImageValidator"/> then applies its own, smaller limits to the image.</summary>
    private const long MaxRequestBytes = 6 * 1024 * 1024;

    [HttpGet("")]
    [RequirePermission(BadgeClassPermissions.ViewBadgeClassesName)]
    public async Task<IActionResult> Index(CancellationToken cancellationToken) =>
        View(ViewPath("Index"), new BadgeClassListViewModel(
            await store.ListAsync(publishedOnly: false, cancellationToken),
            await documents.GetAsync<CatalogueDocument>(cancellationToken)));

    [HttpPost("sync")]
    [RequirePermission(BadgeClassPermissions.ManageBadgeClassesName)]
    [ValidateAntiForgeryToken]
    public async Task<IActionResult> Sync(CancellationToken cancellationToken)
    {
        var result = await synchronizer.SynchronizeAsync(cancellationToken);
        if (result is null)
        {
            TempData.AddError(S["The national catalogue is not available yet. Try again once the national site has imported it."]);
        }
        else
        {
            TempData.AddSuccess(S["National catalogue version {0} synchronised: {1} classes added, {2} updated, {3} unchanged.", result.Version, result.Created, result.Updated, result.Unchanged]);
        }

        return RedirectToAction(nameof(Index));
    }

    [HttpGet("create")]
    [RequirePermission(BadgeClassPermissions.ManageBadgeClassesName)]
    public IActionResult Create() => View(ViewPath("Edit"), new BadgeClassEditModel());

    [HttpPost("create")]
    [RequirePermission(BadgeClassPermissions.ManageBadgeClassesName)]
    [ValidateAntiForgeryToken]
    [RequestSizeLimit(MaxRequestBytes)]
    public async Task<IActionResult> Create(BadgeClassEditModel model, CancellationToken cancellationToken)
    {
        if (await store.FindIdBySlugAsync(model.Slug, cancellationToken) is not null)
        {
            ModelState.AddModelError(nameof(model.Slug), S["The slug \"{0}\" is already used by another badge class. Choose another one.", model.Slug]);
        }

        var image = ValidateImage(model, required: true);
        if (!ModelState.IsValid || image is null)
        {
            return View(ViewPath("Edit"), model);
        }

        await BadgeContentTypes.EnsureDefinedAsync(definitions, cancellationToken);
        var item = await contentManager.NewAsync(BadgeContentTypes.BadgeClass, cancellationToken);
        var part = new BadgeClassPart();
        Apply(model, part);
        part.ImageFile = await images.SaveAsync(item.ContentItemId, image.Value.Format, image.Value.Bytes, cancellationToken);
        part.WriteTo(item, model.Name.Trim());
        await contentManager.CreateAsync(item, VersionOptions.Published, cancellationToken);

        logger.LogInformation("Local badge class {Slug} ({ContentItemId}) created by {User}", part.Slug, item.ContentItemId, User.Identity?.Name);
        TempData.AddSuccess(S["The badge class \"{0}\" was created.", model.Name]);
        return RedirectToAction(nameof(Index));
    }

    [HttpGet("{id}/edit")]
    [RequirePermission(BadgeClassPermissions.ManageBadgeClassesName)]
    public async Task<IActionResult> Edit(string id, CancellationToken cancellationToken)
    {
        var stored = await store.GetAsync(id, VersionOptions.Latest, cancellationToken);
        if (stored is null)
        {
            return NotFound();
        }

        if (stored.Part.IsNational)
        {
            return NationalReadOnly(stored);
        }

        return View(ViewPath("Edit"), new BadgeClassEditModel
        {
            Id = id,
            Name = stored.Name,
            Slug = stored.Part.Slug,
            Description = stored.Part.Description,
            CriteriaNarrative = stored.Part.CriteriaNarrative,
            ExpectedEvidence = stored.Part.ExpectedEvidence,
            Audience = stored.Part.Audience,
            Tags = string.Join(", ", stored.Part.Tags),
            ValidityMonths = stored.Part.ValidityMonths,
        });
    }

    [HttpPost("{id}/edit")]
    [RequirePermission(BadgeClassPermissions.ManageBadgeClassesName)]
    [ValidateAntiForgeryToken]
    [RequestSizeLimit(MaxRequestBytes)]
    public async Task<IActionResult> Edit(string id, BadgeClassEditModel model, CancellationToken cancellationToken)
    {
        var stored = await store.GetAsync(id, VersionOptions.Latest, cancellationToken);
        if (stored is null)
        {
            return NotFound();
        }

        // Checked before reading the form, so that no edit of a national class gets through, whatever was posted.
        if (stored.Part.IsNational)
        {
            logger.LogWarning("User {User} tried to edit national badge class {Slug} ({ContentItemId}); rejected", User.Identity?.Name, stored.Part.Slug, id);
            return NationalReadOnly(stored);
        }

        model.Id = id;
        var otherId = await store.FindIdBySlugAsync(model.Slug, cancellationToken);
        if (otherId is not null && otherId != id)
        {
            ModelState.AddModelError(nameof(model.Slug), S["The slug \"{0}\" is already used by another badge class. Choose another one.", model.Slug]);
        }

        var image = ValidateImage(model, required: false);
        if (!ModelState.IsValid)
        {
            return View(ViewPath("Edit"), model);
        }

        var draft = await contentManager.GetAsync(id, VersionOptions.DraftRequired, cancellationToken) ?? stored.Item;
        var part = BadgeClassPart.Read(draft);
        Apply(model, part);
        if (image is { } accepted)
        {
            part.ImageFile = await images.SaveAsync(id, accepted.Format, accepted.Bytes, cancellationToken);
        }

        part.WriteTo(draft, model.Name.Trim());
        await contentManager.PublishAsync(draft, cancellationToken);

        TempData.AddSuccess(S["The badge class \"{0}\" was saved.", model.Name]);
        return RedirectToAction(nameof(Index));
    }

    /// <summary>The views live in Views/BadgeClasses, not in the folder MVC derives from the controller's name.</summary>
    private static string ViewPath(string name) => $"~/Views/BadgeClasses/{name}.cshtml";

    private ViewResult NationalReadOnly(StoredBadgeClass stored)
    {
        var view = View(ViewPath("NationalReadOnly"), stored);
        view.StatusCode = StatusCodes.Status403Forbidden;
        return view;
    }

    /// <summary>Reads and checks the uploaded image; adds a model error and returns null when it is missing or rejected.</summary>
    private (BadgeImageFormat Format, byte[] Bytes)? ValidateImage(BadgeClassEditModel model, bool required)
    {
        if (model.Image is null || model.Image.Length == 0)
        {
            if (required)
            {
                ModelState.AddModelError(nameof(model.Image), S["Choose a PNG or SVG image for the badge."]);
            }

            return null;
        }

        using var buffer = new MemoryStream();
        model.Image.CopyTo(buffer);
        var bytes = buffer.ToArray();
        var result = validator.Validate(bytes);
        if (!result.IsValid)
        {
            ModelState.AddModelError(nameof(model.Image), result.ErrorMessage!);
            return null;
        }

        return (result.Format!.Value, bytes);
    }

    private static void Apply(BadgeClassEditModel model, BadgeClassPart part)
    {
        part.Slug = model.Slug.Trim();
        part.Description = model.Description.Trim();
        part.CriteriaNarrative = model.CriteriaNarrative.Trim();
        part.ExpectedEvidence = string.IsNullOrWhiteSpace(model.ExpectedEvidence) ? null : model.ExpectedEvidence.Trim();
        part.Audience = string.IsNullOrWhiteSpace(model.Audience) ? null : model.Audience.Trim();
        part.Tags = (model.Tags ?? "").Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).ToList();
        part.ValidityMonths = model.ValidityMonths;
        part.IsNational = false;
    }
}
