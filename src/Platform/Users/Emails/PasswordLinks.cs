using ApprenantAgile.Platform.Users.Models;
using Microsoft.AspNetCore.Identity;

namespace ApprenantAgile.Platform.Users.Emails;

/// <summary>Builds the e-mailed links to the reset-password page, for a forgotten password and for a first password.</summary>
public static class PasswordLinks
{
    public const string ResetPasswordPath = "/account/reset-password";

    /// <summary>
    /// Returns an absolute link carrying a fresh Identity reset token. The token is tied to the
    /// user's security stamp, so it stops working once the password changes.
    /// </summary>
    public static async Task<string> BuildResetLinkAsync(UserManager<User> userManager, TenantUrlBuilder urls, User user)
    {
        var token = await userManager.GeneratePasswordResetTokenAsync(user);
        return urls.Build(ResetPasswordPath, new Dictionary<string, string> { ["userId"] = user.Id, ["token"] = token });
    }
}
