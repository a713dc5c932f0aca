using ApprenantAgile.Platform.Admin;
using ApprenantAgile.Platform.Security.Permissions;
using ApprenantAgile.Templates.Overrides;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;

namespace ApprenantAgile.Templates.Admin;

/// <summary>
/// The template admin: the list of shipped templates, and for each one an editor that previews,
/// saves (after a syntax and render check) or resets the site's override.
/// </summary>
[Route("admin/templates")]
[RequirePermission(TemplatesPermissions.ManageTemplatesName)]
public sealed class TemplatesAdminController(TemplateOverrideStore store, TemplateChecker checker, IStringLocalizer<TemplatesAdminController> S) : Controller
{
    public const string PreviewAction = "preview";

    public const string SaveAction = "save";

    [HttpGet("")]
    public async Task<IActionResult> Index(CancellationToken cancellationToken) =>
        View("~/Views/Templates/Index.cshtml", await store.ListAsync(cancellationToken));

    [HttpGet("{name}")]
    public async Task<IActionResult> Edit(string name, CancellationToken cancellationToken)
    {
        var template = await store.FindAsync(name, cancellationToken);
        if (template is null)
        {
            return NotFound();
        }

        var shipped = await store.GetShippedSourceAsync(template.Name, cancellationToken) ?? "";
        var source = await store.GetOverrideAsync(template.Name, cancellationToken) ?? shipped;
        return Editor(template, source, shipped, preview: null);
    }

    [HttpPost("{name}")]
    [ValidateAntiForgeryToken]
    public async Task<IActionResult> Edit(string name, [FromForm] string? source, [FromForm] string? command, CancellationToken cancellationToken)
    {
        var template = await store.FindAsync(name, cancellationToken);
        if (template is null)
        {
            return NotFound();
        }

        source ??= "";
        var shipped = await store.GetShippedSourceAsync(template.Name, cancellationToken) ?? "";
        var check = command == SaveAction
            ? await store.SaveAsync(template, source, User.Identity?.Name, cancellationToken)
            : await checker.CheckAsync(template.Name, source, cancellationToken);

        if (!check.Succeeded)
        {
            ModelState.AddModelError("source", check.ErrorMessage!);
            return Editor(template, source, shipped, preview: null, check.Line);
        }

        if (command != SaveAction)
        {
            return Editor(template, source, shipped, check.PreviewHtml);
        }

        TempData.AddSuccess(S["The template {0} is saved. The site's pages now use your version.", template.Name]);
        return RedirectToAction(nameof(Edit), new { name = template.Name });
    }

    [HttpPost("{name}/reset")]
    [ValidateAntiForgeryToken]
    public async Task<IActionResult> Reset(string name, CancellationToken cancellationToken)
    {
        var template = await store.FindAsync(name, cancellationToken);
        if (template is null)
        {
            return NotFound();
        }

        if (await store.ResetAsync(template, User.Identity?.Name, cancellationToken))
        {
            TempData.AddSuccess(S["The template {0} is reset: the site's pages use the theme's version again.", template.Name]);
        }
        else
        {
            TempData.AddError(S["The template {0} had no override to reset.", template.Name]);
        }

        return RedirectToAction(nameof(Edit), new { name = template.Name });
    }

    private ViewResult Editor(ShippedTemplate template, string source, string shipped, string? preview, int errorLine = 0) =>
        View("~/Views/Templates/Edit.cshtml", new TemplateEditViewModel
        {
            Name = template.Name,
            ModuleName = template.ModuleName,
            IsOverridden = template.IsOverridden,
            Source = source,
            ShippedSource = shipped,
            PreviewHtml = preview,
            ErrorLine = errorLine,
        });
}
