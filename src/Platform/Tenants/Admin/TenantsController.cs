using ApprenantAgile.Platform.Modules;
using ApprenantAgile.Platform.Recipes;
using ApprenantAgile.Platform.Security.Permissions;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Localization;

namespace ApprenantAgile.Platform.Tenants.Admin;

/// <summary>
/// The national admin's tenants pages: list, create, and disable, enable or remove after a
/// confirmation page. Every change goes through <see cref="TenantManager"/>.
/// </summary>
[Feature(PlatformFeatures.Tenants)]
[Route("admin/tenants")]
[RequirePermission(TenantPermissions.ManageTenantsName)]
public sealed class TenantsController(
    TenantManager manager,
    IServiceProvider services,
    IStringLocalizer<TenantsController> localizer) : Controller
{
    [HttpGet("")]
    public IActionResult Index() => View(manager.List());

    [HttpGet("create")]
    public async Task<IActionResult> Create(CancellationToken cancellationToken) =>
        View(new TenantCreateViewModel(new TenantCreateForm(), await RecipesAsync(cancellationToken), []));

    [HttpPost("create")]
    [ValidateAntiForgeryToken]
    public async Task<IActionResult> Create([FromForm] TenantCreateForm form, CancellationToken cancellationToken)
    {
        var result = await manager.CreateAsync(form.ToRequest(), cancellationToken);
        if (!result.Succeeded)
        {
            Response.StatusCode = StatusCodes.Status422UnprocessableEntity;
            return View(new TenantCreateViewModel(form, await RecipesAsync(cancellationToken), result.Errors));
        }

        return RedirectToAction(nameof(Created), new { name = result.Tenant!.Name });
    }

    [HttpGet("{name}/created")]
    public IActionResult Created(string name)
    {
        var tenant = manager.List().FirstOrDefault(t => t.Name == name);
        return tenant is null ? NotFound() : View(tenant);
    }

    [HttpGet("{name}/{operation:regex(^(disable|enable|remove)$)}")]
    public IActionResult Confirm(string name, string operation)
    {
        var tenant = manager.List().FirstOrDefault(t => t.Name == name);
        return tenant is null ? NotFound() : View(new TenantConfirmViewModel(tenant, operation, []));
    }

    [HttpPost("{name}/{operation:regex(^(disable|enable|remove)$)}")]
    [ValidateAntiForgeryToken]
    public async Task<IActionResult> Apply(string name, string operation, CancellationToken cancellationToken)
    {
        var tenant = manager.List().FirstOrDefault(t => t.Name == name);
        if (tenant is null)
        {
            return NotFound();
        }

        var result = operation switch
        {
            "disable" => await manager.DisableAsync(name, cancellationToken),
            "enable" => await manager.EnableAsync(name, cancellationToken),
            _ => await manager.RemoveAsync(name, cancellationToken),
        };

        if (!result.Succeeded)
        {
            Response.StatusCode = StatusCodes.Status422UnprocessableEntity;
            return View(nameof(Confirm), new TenantConfirmViewModel(tenant, operation, result.Errors));
        }

        TempData["Confirmation"] = operation switch
        {
            "disable" => localizer["The tenant \"{0}\" is disabled.", name].Value,
            "enable" => localizer["The tenant \"{0}\" is enabled.", name].Value,
            _ => localizer["The tenant \"{0}\" is removed; its data is archived.", name].Value,
        };
        return RedirectToAction(nameof(Index));
    }

    private async Task<IReadOnlyList<RecipeDescriptor>> RecipesAsync(CancellationToken cancellationToken)
    {
        var harvester = services.GetService<IRecipeHarvester>();
        return harvester is null ? [] : await harvester.GetRecipesAsync(cancellationToken);
    }
}
