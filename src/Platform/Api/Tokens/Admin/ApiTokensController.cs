using ApprenantAgile.Platform.Modules;
using ApprenantAgile.Platform.Security.Permissions;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;

namespace ApprenantAgile.Platform.Api.Tokens.Admin;

/// <summary>
/// The national admin's API tokens page: the list, a form to create a token, and revocation. A new
/// token's secret is shown once, in the response to the creation form, and is never stored.
/// </summary>
[Feature(PlatformFeatures.Tenants)]
[Route("admin/api-tokens")]
[RequirePermission("ManageApiTokens")]
public sealed class ApiTokensController(
    ApiTokenService tokens,
    PermissionService permissions,
    IStringLocalizer<ApiTokensController> localizer) : Controller
{
    [HttpGet("")]
    public async Task<IActionResult> Index(CancellationToken cancellationToken) =>
        View(await ModelAsync(new ApiTokenForm(), [], cancellationToken));

    [HttpPost("")]
    [ValidateAntiForgeryToken]
    public async Task<IActionResult> Create([FromForm] ApiTokenForm form, CancellationToken cancellationToken)
    {
        var created = await tokens.CreateAsync(form.Name, form.Permissions, User.Identity?.Name ?? "", cancellationToken);
        if (!created.Succeeded)
        {
            Response.StatusCode = StatusCodes.Status422UnprocessableEntity;
            return View(nameof(Index), await ModelAsync(form, created.Errors, cancellationToken));
        }

        // No redirect: the secret must not travel through TempData or a URL.
        Response.Headers.CacheControl = "no-store";
        return View("Created", new ApiTokenCreatedViewModel(created.Token!, created.Secret!));
    }

    [HttpPost("{id}/revoke")]
    [ValidateAntiForgeryToken]
    public async Task<IActionResult> Revoke(string id, CancellationToken cancellationToken)
    {
        if (!await tokens.RevokeAsync(id, User.Identity?.Name ?? "", cancellationToken))
        {
            return NotFound();
        }

        TempData["Confirmation"] = localizer["The token is revoked. Requests that send it now receive 401."].Value;
        return RedirectToAction(nameof(Index));
    }

    private async Task<ApiTokensViewModel> ModelAsync(ApiTokenForm form, IReadOnlyList<string> errors, CancellationToken cancellationToken) => new(
        await tokens.ListAsync(cancellationToken),
        permissions.GetEnabledPermissions().SelectMany(g => g.Permissions).OrderBy(p => p.Name, StringComparer.Ordinal).ToList(),
        form,
        errors);
}
