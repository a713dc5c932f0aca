using ApprenantAgile.Platform.Documents;
using ApprenantAgile.Platform.Modules;
using ApprenantAgile.Platform.Security.Permissions;
using ApprenantAgile.Platform.Users.Models;
using ApprenantAgile.Platform.Users.ViewModels;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Logging;

namespace ApprenantAgile.Platform.Users.Controllers;

/// <summary>The roles admin: the list of roles and, per role, a permission matrix grouped by feature.</summary>
[Feature(PlatformFeatures.Users)]
[RequirePermission("AccessAdmin")]
[RequirePermission("ManageRoles")]
[AutoValidateAntiforgeryToken]
[Route("admin/roles")]
public sealed class RolesAdminController(
    RoleManager<Role> roleManager,
    IDocumentStore documents,
    PermissionService permissions,
    IStringLocalizer<RolesAdminController> T,
    ILogger<RolesAdminController> logger) : Controller
{
    [HttpGet("")]
    public async Task<IActionResult> Index(CancellationToken cancellationToken)
    {
        var roles = await documents.GetAsync<RolesDocument>(cancellationToken);
        return View("~/Views/Roles/Index.cshtml", roles.Roles.OrderBy(r => r.Name, StringComparer.OrdinalIgnoreCase).ToList());
    }

    [HttpGet("{name}")]
    public async Task<IActionResult> Edit(string name)
    {
        var role = await roleManager.FindByNameAsync(name);
        if (role is null)
        {
            return NotFound();
        }

        return View("~/Views/Roles/Edit.cshtml", ToViewModel(role, role.Permissions));
    }

    [HttpPost("{name}")]
    public async Task<IActionResult> Edit(string name, RoleEditViewModel model)
    {
        var role = await roleManager.FindByNameAsync(name);
        if (role is null)
        {
            return NotFound();
        }

        // Grants of disabled features are not on the page, so they are kept as they are.
        var shownPermissions = permissions.GetEnabledPermissions().SelectMany(f => f.Permissions).Select(p => p.Name).ToHashSet(StringComparer.Ordinal);
        var hiddenGrants = role.Permissions.Where(p => !shownPermissions.Contains(p));
        var checkedOnPage = model.GrantedPermissions.Where(shownPermissions.Contains);
        role.Permissions = hiddenGrants.Concat(checkedOnPage).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList();
        role.Description = model.Description?.Trim() ?? "";

        var result = await roleManager.UpdateAsync(role);
        if (!result.Succeeded)
        {
            foreach (var error in result.Errors)
            {
                ModelState.AddModelError("", error.Description);
            }

            return View("~/Views/Roles/Edit.cshtml", ToViewModel(role, model.GrantedPermissions));
        }

        logger.LogInformation("Role {Role} saved with {PermissionCount} permissions", role.Name, role.Permissions.Count);
        TempData["Message"] = T["The role {0} is saved.", role.Name].Value;
        return RedirectToAction(nameof(Index));
    }

    private RoleEditViewModel ToViewModel(Role role, IEnumerable<string> granted) => new()
    {
        Name = role.Name,
        Description = role.Description,
        GrantedPermissions = granted.ToList(),
        Features = permissions.GetEnabledPermissions(),
        HoldsAllPermissions = string.Equals(role.Name, StandardRoles.Administrator, StringComparison.OrdinalIgnoreCase),
    };
}
