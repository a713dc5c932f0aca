using ApprenantAgile.Platform.Security.Permissions;
using Microsoft.AspNetCore.Mvc;

namespace ApprenantAgile.Platform.Admin;

/// <summary>The admin dashboard at <c>GET /admin</c>: a welcome text and the links of the admin menu.</summary>
[Route("admin")]
[RequirePermission(AdminPermissions.AccessAdmin)]
public sealed class AdminController(AdminMenu menu) : Controller
{
    [HttpGet("")]
    public async Task<IActionResult> Index()
    {
        var sections = await menu.GetSectionsAsync(User, Request.Path);
        return View(sections);
    }
}
