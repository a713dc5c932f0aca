using ApprenantAgile.Platform.Modules;
using ApprenantAgile.Platform.Users.Emails;
using ApprenantAgile.Platform.Users.Models;
using ApprenantAgile.Platform.Users.ViewModels;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Logging;

namespace ApprenantAgile.Platform.Users.Controllers;

/// <summary>
/// Forgotten password and password reset. The forgotten-password page gives the same response
/// whether the address belongs to an account or not, so it cannot be used to find accounts.
/// </summary>
[Feature(PlatformFeatures.Users)]
[AllowAnonymous]
[AutoValidateAntiforgeryToken]
[Route("account")]
public sealed class PasswordController(
    UserManager<User> userManager,
    TenantUrlBuilder urls,
    AccountEmails emails,
    IStringLocalizer<PasswordController> T,
    ILogger<PasswordController> logger) : Controller
{
    [HttpGet("forgot-password")]
    public IActionResult ForgotPassword() => View(AccountViews.ForgotPassword, new EmailViewModel());

    [HttpPost("forgot-password")]
    public async Task<IActionResult> ForgotPassword(EmailViewModel model, CancellationToken cancellationToken)
    {
        if (string.IsNullOrWhiteSpace(model.Email))
        {
            ModelState.AddModelError(nameof(model.Email), T["Enter your e-mail address."]);
            return View(AccountViews.ForgotPassword, model);
        }

        // NOTE: the e-mail is sent before the response, so the response time can still hint that an account exists.
        var user = await userManager.FindByEmailAsync(model.Email.Trim());
        if (user is { IsEnabled: true })
        {
            var link = await PasswordLinks.BuildResetLinkAsync(userManager, urls, user);
            await emails.SendPasswordResetAsync(user, link, cancellationToken);
            logger.LogInformation("Password reset link sent to user {UserId}", user.Id);
        }

        return RedirectToAction(nameof(ForgotPasswordSent));
    }

    [HttpGet("forgot-password/sent")]
    public IActionResult ForgotPasswordSent() => View(AccountViews.ForgotPasswordSent);

    [HttpGet("reset-password")]
    public IActionResult ResetPassword(string? userId, string? token)
    {
        Response.Headers["Referrer-Policy"] = "no-referrer";
        return View(AccountViews.ResetPassword, new ResetPasswordViewModel { UserId = userId, Token = token });
    }

    [HttpPost("reset-password")]
    public async Task<IActionResult> ResetPassword(ResetPasswordViewModel model)
    {
        Response.Headers["Referrer-Policy"] = "no-referrer";
        if (string.IsNullOrEmpty(model.Password))
        {
            ModelState.AddModelError(nameof(model.Password), T["Choose a new password."]);
        }
        else if (model.Password != model.ConfirmPassword)
        {
            ModelState.AddModelError(nameof(model.ConfirmPassword), T["The two passwords are different. Type the same password twice."]);
        }

        if (!ModelState.IsValid)
        {
            return View(AccountViews.ResetPassword, model);
        }

        var user = string.IsNullOrEmpty(model.UserId) ? null : await userManager.FindByIdAsync(model.UserId);
        var result = user is null || string.IsNullOrEmpty(model.Token)
            ? IdentityResult.Failed(userManager.ErrorDescriber.InvalidToken())
            : await userManager.ResetPasswordAsync(user, model.Token, model.Password!);

        if (!result.Succeeded)
        {
            foreach (var error in result.Errors)
            {
                var field = error.Code.StartsWith("Password", StringComparison.Ordinal) ? nameof(model.Password) : "";
                ModelState.AddModelError(field, error.Description);
            }

            logger.LogInformation("Password reset failed for user {UserId}: {ErrorCodes}", model.UserId, result.Errors.Select(e => e.Code));
            return View(AccountViews.ResetPassword, model);
        }

        // The link reached the account's mailbox, so the address is confirmed; a new password also ends a lockout.
        user!.EmailConfirmed = true;
        await userManager.SetLockoutEndDateAsync(user, null);
        await userManager.ResetAccessFailedCountAsync(user);
        logger.LogInformation("User {UserId} set a new password from an e-mailed link", user.Id);
        return RedirectToAction(nameof(ResetPasswordDone));
    }

    [HttpGet("reset-password/done")]
    public IActionResult ResetPasswordDone() => View(AccountViews.ResetPasswordDone);
}
