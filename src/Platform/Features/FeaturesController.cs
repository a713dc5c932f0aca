using ApprenantAgile.Platform.Modules;
using ApprenantAgile.Platform.Security.Permissions;
using ApprenantAgile.Platform.Tenants;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;

namespace ApprenantAgile.Platform.Features;

/// <summary>
/// The features page of every tenant's admin: lists the features by category and enables or
/// disables one at a time through <see cref="TenantFeatureManager"/>, which checks dependencies.
/// </summary>
[Route("admin/features")]
[RequirePermission(FeaturePermissions.ManageFeaturesName)]
public sealed class FeaturesController(
    TenantFeatureManager features,
    FeatureCatalogue catalogue,
    ITenantAccessor tenantAccessor,
    IStringLocalizer<FeaturesController> localizer) : Controller
{
    [HttpGet("")]
    public async Task<IActionResult> Index(CancellationToken cancellationToken) =>
        View(await BuildModelAsync([], TempData["Confirmation"] as string, cancellationToken));

    [HttpGet("{id}/state")]
    public async Task<IActionResult> State(string id, CancellationToken cancellationToken)
    {
        if (catalogue.Find(id) is null)
        {
            return NotFound();
        }

        var enabled = await features.GetEnabledAsync(cancellationToken);
        return Json(new { id, enabled = enabled.Contains(id) });
    }

    [HttpPost("{id}/enable")]
    [ValidateAntiForgeryToken]
    public Task<IActionResult> Enable(string id, CancellationToken cancellationToken) =>
        ChangeAsync(id, enable: true, cancellationToken);

    [HttpPost("{id}/disable")]
    [ValidateAntiForgeryToken]
    public Task<IActionResult> Disable(string id, CancellationToken cancellationToken) =>
        ChangeAsync(id, enable: false, cancellationToken);

    private async Task<IActionResult> ChangeAsync(string id, bool enable, CancellationToken cancellationToken)
    {
        var result = enable
            ? await features.EnableAsync([id], cancellationToken)
            : await features.DisableAsync([id], cancellationToken);

        if (!result.Succeeded)
        {
            Response.StatusCode = StatusCodes.Status422UnprocessableEntity;
            return View(nameof(Index), await BuildModelAsync(result.Errors, null, cancellationToken));
        }

        var name = catalogue.Find(id)?.Name ?? id;
        TempData["Confirmation"] = enable
            ? localizer["The feature \"{0}\" is enabled.", name].Value
            : localizer["The feature \"{0}\" is disabled.", name].Value;
        return RedirectToAction(nameof(Index));
    }

    private async Task<FeaturesIndexViewModel> BuildModelAsync(IReadOnlyList<string> errors, string? confirmation, CancellationToken cancellationToken)
    {
        var enabled = await features.GetEnabledAsync(cancellationToken);
        var isDefault = tenantAccessor.Current.Settings.IsDefault;

        var categories = catalogue.Features
            .Where(f => !f.DefaultTenantOnly || isDefault)
            .Select(f => new FeatureEntry(f, enabled.Contains(f.Id), !f.IsAlwaysEnabled))
            .GroupBy(e => e.Feature.Category.Length > 0 ? e.Feature.Category : "Other")
            .OrderBy(g => g.Key, StringComparer.Ordinal)
            .ToList();
        return new FeaturesIndexViewModel(categories, errors, confirmation);
    }
}
