using System.Text;
using System.Text.Json;
using ApprenantAgile.Platform.Modules;
using ApprenantAgile.Platform.Recipes;
using ApprenantAgile.Platform.Security.Permissions;
using ApprenantAgile.Platform.Tenants;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Logging;

namespace ApprenantAgile.Platform.Deployment;

/// <summary>
/// The admin page that exports the tenant as a recipe file and imports a recipe file.
/// GET /admin/deployment shows the page, GET /admin/deployment/export downloads
/// "{tenant}-export.recipe.json", POST /admin/deployment/import runs an uploaded recipe.
/// </summary>
[Feature(PlatformFeatures.Deployment)]
[Route("admin/deployment")]
public sealed class DeploymentController(
    DeploymentManager manager,
    ITenantAccessor tenantAccessor,
    IStringLocalizer<DeploymentController> localizer,
    ILogger<DeploymentController> logger) : Controller
{
    /// <summary>Largest recipe file accepted for import: 5 MiB, ample for settings and content definitions.</summary>
    public const long MaxImportBytes = 5 * 1024 * 1024;

    // Room for the multipart boundaries and the antiforgery field around the file.
    private const long MaxRequestBytes = MaxImportBytes + 64 * 1024;

    private static readonly JsonSerializerOptions ExportJsonOptions = new() { WriteIndented = true };

    [HttpGet("")]
    [RequirePermission("Export")]
    public IActionResult Index() => View(new DeploymentIndexViewModel { MaxImportBytes = MaxImportBytes });

    [HttpGet("export")]
    [RequirePermission("Export")]
    public async Task<IActionResult> Export(CancellationToken cancellationToken)
    {
        var recipe = await manager.ExportAsync(cancellationToken);
        var tenant = tenantAccessor.Current.Name;
        logger.LogInformation("Tenant {Tenant}: exported as a recipe by {User}", tenant, User.Identity?.Name);
        return File(Encoding.UTF8.GetBytes(recipe.ToJsonString(ExportJsonOptions)), "application/json", $"{tenant}-export.recipe.json");
    }

    [HttpPost("import")]
    [RequirePermission("Import")]
    [ValidateAntiForgeryToken]
    [RequestSizeLimit(MaxRequestBytes)]
    public async Task<IActionResult> Import(IFormFile? recipe, CancellationToken cancellationToken)
    {
        var fileName = Path.GetFileName(recipe?.FileName ?? "");
        if (recipe is null || recipe.Length == 0)
        {
            return Outcome(fileName, new RecipeError(fileName, null, null, localizer["Choose a recipe file (.json) to import."]));
        }

        if (recipe.Length > MaxImportBytes)
        {
            return Outcome(fileName, new RecipeError(fileName, null, null, localizer[
                "The file is {0:N0} bytes, more than the {1:N0} bytes allowed. Split the recipe into smaller files.", recipe.Length, MaxImportBytes]));
        }

        await using var stream = recipe.OpenReadStream();
        var result = await manager.ImportAsync(stream, fileName, cancellationToken);
        logger.LogInformation("Tenant {Tenant}: import of {FileName} by {User} {Outcome} with {ErrorCount} errors",
            tenantAccessor.Current.Name, fileName, User.Identity?.Name, result.Succeeded ? "succeeded" : "failed", result.Errors.Count);
        return Outcome(fileName, [.. result.Errors]);
    }

    private ViewResult Outcome(string fileName, params RecipeError[] errors)
    {
        if (errors.Length > 0)
        {
            Response.StatusCode = StatusCodes.Status400BadRequest;
        }

        return View(nameof(Index), new DeploymentIndexViewModel
        {
            MaxImportBytes = MaxImportBytes,
            ImportedFileName = fileName,
            Errors = errors,
        });
    }
}
