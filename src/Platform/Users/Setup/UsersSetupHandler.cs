using ApprenantAgile.Platform.Modules;
using ApprenantAgile.Platform.Security.Permissions;
using ApprenantAgile.Platform.Setup;
using ApprenantAgile.Platform.Tenants;
using ApprenantAgile.Platform.Users.Emails;
using ApprenantAgile.Platform.Users.Models;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Logging;

namespace ApprenantAgile.Platform.Users.Setup;

/// <summary>
/// Tenant setup step of the Users feature: creates the standard roles, then the first administrator.
/// With a password in the setup context (development and tests) the account is ready at once.
/// Without one, the administrator receives an e-mail with a link to choose a password.
/// </summary>
[Feature(PlatformFeatures.Users)]
public sealed class UsersSetupHandler(IStringLocalizer<UsersSetupHandler> T, ILogger<UsersSetupHandler> logger) : ITenantSetupHandler
{
    public int Order => -100;

    public async Task SetupAsync(TenantSetupContext context, CancellationToken cancellationToken)
    {
        var services = context.Services;

        // Reset tokens are protected with the ambient tenant's keys. TenantHost.CreateScopeAsync sets it inside an
        // async method, so the value does not reach the caller; setting it here makes it flow to the calls below.
        AmbientTenant.Current = services.GetRequiredService<ITenantAccessor>().Current;
        var roleErrors = await services.GetRequiredService<DefaultRolesInstaller>().EnsureStandardRolesAsync();
        foreach (var error in roleErrors)
        {
            context.Errors.Add(T["The default roles could not be created: {0}", error.Description]);
        }

        if (roleErrors.Count > 0)
        {
            return;
        }

        var userManager = services.GetRequiredService<UserManager<User>>();
        var admin = new User { UserName = context.AdminUserName, Email = context.AdminEmail, EmailConfirmed = context.AdminPassword is not null };
        var created = context.AdminPassword is null
            ? await userManager.CreateAsync(admin)
            : await userManager.CreateAsync(admin, context.AdminPassword);
        if (created.Succeeded)
        {
            created = await userManager.AddToRoleAsync(admin, StandardRoles.Administrator);
        }

        if (!created.Succeeded)
        {
            foreach (var error in created.Errors)
            {
                context.Errors.Add(T["The administrator account could not be created: {0}", error.Description]);
            }

            return;
        }

        logger.LogInformation("Tenant {Tenant}: administrator {UserId} created", context.Tenant.Name, admin.Id);
        if (context.AdminPassword is null)
        {
            await SendSetPasswordLinkAsync(context, userManager, admin, cancellationToken);
        }
    }

    private async Task SendSetPasswordLinkAsync(TenantSetupContext context, UserManager<User> userManager, User admin, CancellationToken cancellationToken)
    {
        var link = await PasswordLinks.BuildResetLinkAsync(userManager, context.Services.GetRequiredService<TenantUrlBuilder>(), admin);
        var sent = await context.Services.GetRequiredService<AccountEmails>().SendSetPasswordAsync(admin, context.SiteName, link, cancellationToken);
        if (!sent.Succeeded)
        {
            context.Errors.Add(T["The e-mail to the administrator ({0}) could not be sent: {1} Check the e-mail settings, then set up the site again.", context.AdminEmail, sent.ErrorMessage ?? ""]);
        }
    }
}
