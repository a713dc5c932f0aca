using ApprenantAgile.Platform.Documents;
using ApprenantAgile.Platform.Modules;
using ApprenantAgile.Platform.Security.Permissions;
using ApprenantAgile.Platform.Settings;
using ApprenantAgile.Platform.Users.Emails;
using ApprenantAgile.Platform.Users.Models;
using ApprenantAgile.Platform.Users.ViewModels;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Logging;

namespace ApprenantAgile.Platform.Users.Controllers;

/// <summary>The users admin: list with search and paging, create (with an e-mailed set-password link), edit roles and status.</summary>
[Feature(PlatformFeatures.Users)]
[RequirePermission("AccessAdmin")]
[RequirePermission("ManageUsers")]
[AutoValidateAntiforgeryToken]
[Route("admin/users")]
public sealed class UsersAdminController(
    UserManager<User> userManager,
    IDocumentStore documents,
    TenantUrlBuilder urls,
    AccountEmails emails,
    IStringLocalizer<UsersAdminController> T,
    ILogger<UsersAdminController> logger) : Controller
{
    public const int PageSize = 20;

    [HttpGet("")]
    public async Task<IActionResult> Index(string? q, int page = 1, CancellationToken cancellationToken = default)
    {
        var query = userManager.Users;
        if (!string.IsNullOrWhiteSpace(q))
        {
            var normalized = q.Trim().ToUpperInvariant();
            query = query.Where(u => u.NormalizedUserName.Contains(normalized) || (u.NormalizedEmail != null && u.NormalizedEmail.Contains(normalized)));
        }

        var total = await query.CountAsync(cancellationToken);
        var pageCount = Math.Max(1, (total + PageSize - 1) / PageSize);
        page = Math.Clamp(page, 1, pageCount);
        var users = await query.OrderBy(u => u.NormalizedUserName).Skip((page - 1) * PageSize).Take(PageSize).ToListAsync(cancellationToken);

        return View("~/Views/Users/Index.cshtml", new UserListViewModel { Users = users, Search = q, Page = page, PageCount = pageCount, TotalCount = total });
    }

    [HttpGet("create")]
    public async Task<IActionResult> Create(CancellationToken cancellationToken) =>
        View("~/Views/Users/Edit.cshtml", new UserEditViewModel { AvailableRoles = await RoleNamesAsync(cancellationToken) });

    [HttpPost("create")]
    public async Task<IActionResult> Create(UserEditViewModel model, CancellationToken cancellationToken)
    {
        model.Id = null;
        model.AvailableRoles = await RoleNamesAsync(cancellationToken);
        ValidateRequired(model);
        if (!ModelState.IsValid)
        {
            return View("~/Views/Users/Edit.cshtml", model);
        }

        var user = new User { UserName = model.UserName!.Trim(), Email = model.Email!.Trim(), IsEnabled = model.IsEnabled };
        var result = await userManager.CreateAsync(user);
        if (result.Succeeded)
        {
            result = await userManager.AddToRolesAsync(user, model.SelectedRoles.Intersect(model.AvailableRoles));
        }

        if (!AddErrors(result))
        {
            return View("~/Views/Users/Edit.cshtml", model);
        }

        logger.LogInformation("User {UserId} created with roles {Roles}", user.Id, user.RoleNames);
        var site = await documents.GetAsync<SiteSettings>(cancellationToken);
        var link = await PasswordLinks.BuildResetLinkAsync(userManager, urls, user);
        var sent = await emails.SendSetPasswordAsync(user, site.SiteName, link, cancellationToken);
        TempData["Message"] = sent.Succeeded
            ? T["The account of {0} is created. An e-mail with a link to choose a password was sent.", user.UserName].Value
            : T["The account of {0} is created, but the e-mail could not be sent: {1}", user.UserName, sent.ErrorMessage ?? ""].Value;
        return RedirectToAction(nameof(Index));
    }

    [HttpGet("{id}")]
    public async Task<IActionResult> Edit(string id, CancellationToken cancellationToken)
    {
        var user = await userManager.FindByIdAsync(id);
        if (user is null)
        {
            return NotFound();
        }

        return View("~/Views/Users/Edit.cshtml", new UserEditViewModel
        {
            Id = user.Id,
            UserName = user.UserName,
            Email = user.Email,
            IsEnabled = user.IsEnabled,
            SelectedRoles = user.RoleNames.ToList(),
            AvailableRoles = await RoleNamesAsync(cancellationToken),
        });
    }

    [HttpPost("{id}")]
    public async Task<IActionResult> Edit(string id, UserEditViewModel model, CancellationToken cancellationToken)
    {
        var user = await userManager.FindByIdAsync(id);
        if (user is null)
        {
            return NotFound();
        }

        model.Id = id;
        model.AvailableRoles = await RoleNamesAsync(cancellationToken);
        if (user.Id == userManager.GetUserId(User) && (!model.IsEnabled || !model.SelectedRoles.Contains(StandardRoles.Administrator) && user.RoleNames.Contains(StandardRoles.Administrator)))
        {
            ModelState.AddModelError(nameof(model.IsEnabled), T["You cannot disable your own account or remove your own Administrator role."]);
            return View("~/Views/Users/Edit.cshtml", model);
        }

        var selectedRoles = model.SelectedRoles.Intersect(model.AvailableRoles).ToList();
        var result = await userManager.RemoveFromRolesAsync(user, user.RoleNames.Except(selectedRoles).ToList());
        if (result.Succeeded)
        {
            result = await userManager.AddToRolesAsync(user, selectedRoles.Except(user.RoleNames).ToList());
        }

        if (result.Succeeded && user.IsEnabled != model.IsEnabled)
        {
            user.IsEnabled = model.IsEnabled;
            result = await userManager.UpdateSecurityStampAsync(user);
        }

        if (!AddErrors(result))
        {
            return View("~/Views/Users/Edit.cshtml", model);
        }

        // A new security stamp makes the user's other sessions pick up the new roles at their next check.
        await userManager.UpdateSecurityStampAsync(user);
        logger.LogInformation("User {UserId} updated: enabled {IsEnabled}, roles {Roles}", user.Id, user.IsEnabled, user.RoleNames);
        TempData["Message"] = T["The account of {0} is saved.", user.UserName].Value;
        return RedirectToAction(nameof(Index));
    }

    private async Task<IReadOnlyList<string>> RoleNamesAsync(CancellationToken cancellationToken) =>
        (await documents.GetAsync<RolesDocument>(cancellationToken)).Roles.Select(r => r.Name).Order(StringComparer.OrdinalIgnoreCase).ToList();

    private void ValidateRequired(UserEditViewModel model)
    {
        if (string.IsNullOrWhiteSpace(model.Email))
        {
            ModelState.AddModelError(nameof(model.Email), T["Enter the person's e-mail address."]);
        }

        if (string.IsNullOrWhiteSpace(model.UserName))
        {
            ModelState.AddModelError(nameof(model.UserName), T["Enter a user name, for example marie.dupont"]);
        }
    }

    private bool AddErrors(IdentityResult result)
    {
        foreach (var error in result.Errors)
        {
            var field = error.Code.Contains("Email", StringComparison.Ordinal) ? nameof(UserEditViewModel.Email)
                : error.Code.Contains("UserName", StringComparison.Ordinal) ? nameof(UserEditViewModel.UserName)
                : "";
            ModelState.AddModelError(field, error.Description);
        }

        return result.Succeeded;
    }
}
