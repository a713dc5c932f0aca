using ApprenantAgile.Platform.Tenants;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace ApprenantAgile.Platform.Security.Authentication;

/// <summary>
/// Cookie validation of every request: a principal whose tenant claim is missing or names another
/// tenant is rejected, then Identity's security stamp validation runs. Tenant-specific data
/// protection already stops another tenant's cookie from decrypting; this check is a second guard.
/// </summary>
public static class TenantPrincipalValidator
{
    public static async Task ValidateAsync(CookieValidatePrincipalContext context)
    {
        var tenant = context.HttpContext.Features.Get<TenantContext>();
        var claimed = context.Principal?.FindFirst(TenantClaimTypes.Tenant)?.Value;

        if (tenant is null || !string.Equals(claimed, tenant.Name, StringComparison.Ordinal))
        {
            var logger = context.HttpContext.RequestServices.GetRequiredService<ILoggerFactory>()
                .CreateLogger(typeof(TenantPrincipalValidator));
            logger.LogWarning("Rejected an authentication cookie of tenant {ClaimedTenant} on tenant {Tenant}", claimed, tenant?.Name);
            context.RejectPrincipal();
            await context.HttpContext.SignOutAsync(context.Scheme.Name);
            return;
        }

        await SecurityStampValidator.ValidatePrincipalAsync(context);
    }
}
