using System.Security.Claims;
using ApprenantAgile.Platform.Security.Authentication;
using ApprenantAgile.Platform.Tenants;
using ApprenantAgile.Platform.Users.Models;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;

namespace ApprenantAgile.Platform.Users.Stores;

/// <summary>Builds a user's principal with Identity's claims (id, name, roles, security stamp) and the tenant claim.</summary>
public sealed class TenantUserClaimsPrincipalFactory(
    UserManager<User> userManager,
    RoleManager<Role> roleManager,
    IOptions<IdentityOptions> options,
    ITenantAccessor tenantAccessor)
    : UserClaimsPrincipalFactory<User, Role>(userManager, roleManager, options)
{
    protected override async Task<ClaimsIdentity> GenerateClaimsAsync(User user)
    {
        var identity = await base.GenerateClaimsAsync(user);
        identity.AddClaim(new Claim(TenantClaimTypes.Tenant, tenantAccessor.Current.Name));
        return identity;
    }
}
