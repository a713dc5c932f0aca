using System.Security.Claims;
using System.Text.Encodings.Web;
using ApprenantAgile.Platform.Security.Permissions;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authorization;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace ApprenantAgile.Tests.Tenants;

/// <summary>
/// Test sign-in for the admin pages, until the Users feature provides real sign-in. A request with
/// the header "X-Test-Permissions: ManageTenants,ManageFeatures" gets one "permission" claim per
/// name. A request without the header is anonymous.
/// </summary>
public sealed class TestPermissionAuthenticationHandler(
    IOptionsMonitor<AuthenticationSchemeOptions> options, ILoggerFactory logger, UrlEncoder encoder)
    : AuthenticationHandler<AuthenticationSchemeOptions>(options, logger, encoder)
{
    public const string SchemeName = "TestPermissions";
    public const string HeaderName = "X-Test-Permissions";
    public const string ClaimType = "permission";

    protected override Task<AuthenticateResult> HandleAuthenticateAsync()
    {
        if (!Request.Headers.TryGetValue(HeaderName, out var value))
        {
            return Task.FromResult(AuthenticateResult.NoResult());
        }

        var claims = value.ToString().Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Select(p => new Claim(ClaimType, p))
            .Append(new Claim(ClaimTypes.Name, "test-admin"));
        var principal = new ClaimsPrincipal(new ClaimsIdentity(claims, SchemeName));
        return Task.FromResult(AuthenticateResult.Success(new AuthenticationTicket(principal, SchemeName)));
    }
}

/// <summary>Builds the "Permission:{name}" policies of [RequirePermission] as "has the permission claim".</summary>
public sealed class TestPermissionPolicyProvider(IOptions<AuthorizationOptions> options) : DefaultAuthorizationPolicyProvider(options)
{
    public override async Task<AuthorizationPolicy?> GetPolicyAsync(string policyName)
    {
        if (!policyName.StartsWith(PermissionPolicy.Prefix, StringComparison.Ordinal))
        {
            return await base.GetPolicyAsync(policyName);
        }

        return new AuthorizationPolicyBuilder(TestPermissionAuthenticationHandler.SchemeName)
            .RequireClaim(TestPermissionAuthenticationHandler.ClaimType, policyName[PermissionPolicy.Prefix.Length..])
            .Build();
    }
}
