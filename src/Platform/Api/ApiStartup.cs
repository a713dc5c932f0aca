using ApprenantAgile.Platform.Api.Tenants;
using ApprenantAgile.Platform.Admin.Navigation;
using ApprenantAgile.Platform.Api.Tokens;
using ApprenantAgile.Platform.Api.Tokens.Admin;
using ApprenantAgile.Platform.Modules;
using ApprenantAgile.Platform.Security.Permissions;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace ApprenantAgile.Platform.Api;

/// <summary>
/// Registers the API token scheme and maps the tenants API. Both belong to the Tenants feature,
/// which only the national tenant enables, so a centre returns 404 on /api/tenants and issues no token.
/// </summary>
[Feature(PlatformFeatures.Tenants)]
public sealed class ApiStartup : ModuleStartup
{
    // After UsersStartup (-50), which registers the cookie scheme and the permission services.
    public override int Order => -40;

    public override void ConfigureServices(IServiceCollection services, IConfiguration configuration)
    {
        services.AddScoped<ApiTokenService>();
        services.AddScoped<IAuthorizationHandler, ApiTokenPermissionHandler>();
        services.AddScoped<IPermissionProvider, ApiTokenPermissions>();
        services.AddScoped<INavigationProvider, ApiTokensNavigationProvider>();
        services.AddAuthentication()
            .AddScheme<AuthenticationSchemeOptions, ApiTokenAuthenticationHandler>(ApiTokenAuthentication.Scheme, displayName: null, _ => { });
    }

    public override void Configure(IEndpointRouteBuilder endpoints) => TenantsApiEndpoints.Map(endpoints);
}
