using ApprenantAgile.Platform.Modules;
using ApprenantAgile.Platform.Users.Emails;
using ApprenantAgile.Platform.Users.Models;
using ApprenantAgile.Platform.Users.SignInLinks;
using ApprenantAgile.Platform.Users.ViewModels;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Logging;

namespace ApprenantAgile.Platform.Users.Controllers;

/// <summary>
/// One-time sign-in links sent by e-mail. Opening the link shows a button; only posting that form
/// uses the link, so mail scanners that open links do not spend it.
/// </summary>
[Feature(PlatformFeatures.Users)]
[AllowAnonymous]
[AutoValidateAntiforgeryToken]
[Route("account/sign-in-link")]
public sealed class SignInLinkController(
    UserManager<User> userManager,
    SignInManager<User> signInManager,
    SignInLinkService links,
    TenantUrlBuilder urls,
    AccountEmails emails,
    IStringLocalizer<SignInLinkController> T,
    ILogger<SignInLinkController> logger) : Controller
{
    public const string ConfirmPath = "/account/sign-in-link/confirm";

    [HttpGet("")]
    public IActionResult Ask() => View(AccountViews.SignInLinkRequest, new EmailViewModel());

    [HttpPost("")]
    public async Task<IActionResult> Ask(EmailViewModel model, CancellationToken cancellationToken)
    {
        if (string.IsNullOrWhiteSpace(model.Email))
        {
            ModelState.AddModelError(nameof(model.Email), T["Enter your e-mail address."]);
            return View(AccountViews.SignInLinkRequest, model);
        }

        // The response is the same for an unknown address, so the page cannot be used to find accounts.
        var user = await userManager.FindByEmailAsync(model.Email.Trim());
        if (user is { IsEnabled: true })
        {
            var token = await links.CreateAsync(user.Id, cancellationToken);
            var link = urls.Build(ConfirmPath, new Dictionary<string, string> { ["token"] = token });
            await emails.SendSignInLinkAsync(user, link, links.Lifetime, cancellationToken);
        }

        return RedirectToAction(nameof(Sent));
    }

    [HttpGet("sent")]
    public IActionResult Sent() => View(AccountViews.SignInLinkSent);

    [HttpGet("confirm")]
    public async Task<IActionResult> Confirm(string? token, CancellationToken cancellationToken)
    {
        Response.Headers["Referrer-Policy"] = "no-referrer";
        if (string.IsNullOrEmpty(token) || !await links.IsUsableAsync(token, cancellationToken))
        {
            return Invalid();
        }

        return View(AccountViews.SignInLinkConfirm, new SignInLinkViewModel { Token = token });
    }

    [HttpPost("confirm")]
    public async Task<IActionResult> Confirm(SignInLinkViewModel model, CancellationToken cancellationToken)
    {
        Response.Headers["Referrer-Policy"] = "no-referrer";
        var userId = string.IsNullOrEmpty(model.Token) ? null : await links.ConsumeAsync(model.Token, cancellationToken);
        var user = userId is null ? null : await userManager.FindByIdAsync(userId);
        if (user is null)
        {
            return Invalid();
        }

        if (!await signInManager.CanSignInAsync(user) || await userManager.IsLockedOutAsync(user))
        {
            logger.LogWarning("Sign-in link used for user {UserId}, who is disabled or locked out", user.Id);
            return Invalid();
        }

        if (!user.EmailConfirmed)
        {
            user.EmailConfirmed = true;
            await userManager.UpdateAsync(user);
        }

        await signInManager.SignInAsync(user, isPersistent: false, authenticationMethod: "sign-in-link");
        logger.LogInformation("User {UserId} signed in with a sign-in link", user.Id);
        return LocalRedirect("~/");
    }

    private ViewResult Invalid()
    {
        Response.StatusCode = StatusCodes.Status400BadRequest;
        return View(AccountViews.SignInLinkInvalid);
    }
}
