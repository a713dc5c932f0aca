using ApprenantAgile.Platform.Security.Permissions;
using Microsoft.AspNetCore.Authorization;
using Microsoft.Extensions.Options;

namespace ApprenantAgile.Tests.Workflows;

/// <summary>
/// Test-only policies for "Permission:{name}": the user must be signed in and hold a
/// <see cref="HeaderSignInHandler.PermissionClaim"/> claim of that name. Other policy names go to
/// the default provider.
/// </summary>
public sealed class ClaimPermissionPolicyProvider(IOptions<AuthorizationOptions> options) : DefaultAuthorizationPolicyProvider(options)
{
    public override async Task<AuthorizationPolicy?> GetPolicyAsync(string policyName)
    {
        if (!policyName.StartsWith(PermissionPolicy.Prefix, StringComparison.Ordinal))
        {
            return await base.GetPolicyAsync(policyName);
        }

        return new AuthorizationPolicyBuilder(HeaderSignInHandler.Scheme)
            .RequireAuthenticatedUser()
            .RequireClaim(HeaderSignInHandler.PermissionClaim, policyName[PermissionPolicy.Prefix.Length..])
            .Build();
    }
}
