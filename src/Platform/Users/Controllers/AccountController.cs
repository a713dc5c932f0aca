using ApprenantAgile.Platform.Modules;
using ApprenantAgile.Platform.Users.Models;
using ApprenantAgile.Platform.Users.ViewModels;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Logging;

namespace ApprenantAgile.Platform.Users.Controllers;

/// <summary>Sign-in with a user name or e-mail and a password, sign-out, and the access-denied page.</summary>
[Feature(PlatformFeatures.Users)]
[AllowAnonymous]
[AutoValidateAntiforgeryToken]
[Route("account")]
public sealed class AccountController(
    SignInManager<User> signInManager,
    UserManager<User> userManager,
    IStringLocalizer<AccountController> T,
    ILogger<AccountController> logger) : Controller
{
    [HttpGet("login")]
    public IActionResult Login(string? returnUrl) => View(AccountViews.Login, new LoginViewModel { ReturnUrl = returnUrl });

    [HttpPost("login")]
    public async Task<IActionResult> Login(LoginViewModel model)
    {
        if (string.IsNullOrWhiteSpace(model.UserNameOrEmail))
        {
            ModelState.AddModelError(nameof(model.UserNameOrEmail), T["Enter your user name or your e-mail address."]);
        }

        if (string.IsNullOrEmpty(model.Password))
        {
            ModelState.AddModelError(nameof(model.Password), T["Enter your password."]);
        }

        if (!ModelState.IsValid)
        {
            return View(AccountViews.Login, model);
        }

        var login = model.UserNameOrEmail!.Trim();
        var user = await userManager.FindByNameAsync(login) ?? await userManager.FindByEmailAsync(login);
        var result = user is null
            ? Microsoft.AspNetCore.Identity.SignInResult.Failed
            : await signInManager.PasswordSignInAsync(user, model.Password!, isPersistent: false, lockoutOnFailure: true);

        if (result.Succeeded)
        {
            logger.LogInformation("User {UserId} signed in with a password", user!.Id);
            return LocalRedirectOrHome(model.ReturnUrl);
        }

        if (result.IsLockedOut)
        {
            logger.LogWarning("Sign-in rejected for user {UserId}: the account is locked out", user!.Id);
            ModelState.AddModelError("", T["Too many wrong passwords. Wait 15 minutes, or ask for a sign-in link by e-mail."]);
        }
        else
        {
            logger.LogInformation("Sign-in failed for a login that is unknown, disabled or has a wrong password");
            ModelState.AddModelError("", T["The user name or the password is not correct."]);
        }

        model.Password = null;
        return View(AccountViews.Login, model);
    }

    [HttpPost("logout")]
    public async Task<IActionResult> Logout()
    {
        await signInManager.SignOutAsync();
        return LocalRedirect("~/");
    }

    [HttpGet("access-denied")]
    public IActionResult AccessDenied()
    {
        Response.StatusCode = StatusCodes.Status403Forbidden;
        return View(AccountViews.AccessDenied);
    }

    private IActionResult LocalRedirectOrHome(string? returnUrl) =>
        !string.IsNullOrEmpty(returnUrl) && Url.IsLocalUrl(returnUrl) ? LocalRedirect(returnUrl) : LocalRedirect("~/");
}
