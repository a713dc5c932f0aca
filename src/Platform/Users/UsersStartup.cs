using ApprenantAgile.Platform.Admin.Navigation;
using ApprenantAgile.Platform.Features;
using ApprenantAgile.Platform.Modules;
using ApprenantAgile.Platform.Recipes;
using ApprenantAgile.Platform.Security.Authentication;
using ApprenantAgile.Platform.Security.Permissions;
using ApprenantAgile.Platform.Setup;
using ApprenantAgile.Platform.Users.Admin;
using ApprenantAgile.Platform.Users.Emails;
using ApprenantAgile.Platform.Users.Models;
using ApprenantAgile.Platform.Users.Recipes;
using ApprenantAgile.Platform.Users.Setup;
using ApprenantAgile.Platform.Users.SignInLinks;
using ApprenantAgile.Platform.Users.Stores;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc.Localization;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace ApprenantAgile.Platform.Users;

/// <summary>
/// Registers users, roles, permissions and the tenant-scoped authentication cookie. One Identity
/// set-up serves every tenant: the stores read the current tenant's database, and the cookie
/// carries the tenant in its name, its path, its data-protection purpose and a claim.
/// </summary>
[Feature(PlatformFeatures.Users)]
public sealed class UsersStartup : ModuleStartup
{
    /// <summary>Base name of the authentication cookie; <see cref="TenantCookieManager"/> appends "_{tenant}".</summary>
    public const string AuthenticationCookieName = "aa_auth";

    public override int Order => -50;

    public override void ConfigureServices(IServiceCollection services, IConfiguration configuration)
    {
        services.TryAddSingleton(TimeProvider.System);
        services.AddOptions<SignInLinkOptions>().Bind(configuration.GetSection(SignInLinkOptions.SectionName));

        AddIdentity(services);
        AddCookie(services);
        AddPermissions(services);

        services.AddScoped<TenantUrlBuilder>();
        services.AddScoped<AccountEmails>();
        services.AddScoped<SignInLinkService>();
        services.AddScoped<DefaultRolesInstaller>();
        services.AddScoped<IFeatureEventHandler, RoleStereotypeUpdater>();
        services.AddScoped<ITenantSetupHandler, UsersSetupHandler>();
        services.AddScoped<IRecipeStepHandler, RolesStep>();
        services.AddScoped<IDeploymentSource, RolesDeploymentSource>();
        services.AddScoped<INavigationProvider, UsersAdminMenu>();
    }

    private static void AddIdentity(IServiceCollection services)
    {
        services.AddIdentityCore<User>(options =>
            {
                options.User.RequireUniqueEmail = true;
                options.Password.RequiredLength = 10;
                options.Password.RequireDigit = false;
                options.Password.RequireLowercase = false;
                options.Password.RequireUppercase = false;
                options.Password.RequireNonAlphanumeric = false;
                options.Password.RequiredUniqueChars = 4;
                options.Lockout.AllowedForNewUsers = true;
                options.Lockout.MaxFailedAccessAttempts = 5;
                options.Lockout.DefaultLockoutTimeSpan = TimeSpan.FromMinutes(15);
            })
            .AddRoles<Role>()
            .AddUserStore<UserStore>()
            .AddRoleStore<RoleStore>()
            .AddClaimsPrincipalFactory<TenantUserClaimsPrincipalFactory>()
            .AddErrorDescriber<LocalizedIdentityErrorDescriber>()
            .AddSignInManager<UserSignInManager>()
            .AddDefaultTokenProviders();

        services.Configure<SecurityStampValidatorOptions>(options => options.ValidationInterval = TimeSpan.FromMinutes(5));
    }

    private static void AddCookie(IServiceCollection services)
    {
        services.AddAuthentication(IdentityConstants.ApplicationScheme)
            .AddCookie(IdentityConstants.ApplicationScheme, options =>
            {
                options.Cookie.Name = AuthenticationCookieName;
                options.Cookie.HttpOnly = true;
                options.Cookie.SameSite = SameSiteMode.Lax;
                options.Cookie.SecurePolicy = CookieSecurePolicy.SameAsRequest;
                options.CookieManager = new TenantCookieManager();
                options.LoginPath = "/account/login";
                options.LogoutPath = "/account/logout";
                options.AccessDeniedPath = "/account/access-denied";
                options.ExpireTimeSpan = TimeSpan.FromHours(8);
                options.SlidingExpiration = true;
                options.Events = new CookieAuthenticationEvents { OnValidatePrincipal = TenantPrincipalValidator.ValidateAsync };
            });
    }

    private static void AddPermissions(IServiceCollection services)
    {
        services.AddAuthorization();
        services.AddSingleton<IAuthorizationPolicyProvider, PermissionPolicyProvider>();
        services.AddScoped<IAuthorizationHandler, PermissionHandler>();
        services.AddScoped<PermissionService>();
        services.AddScoped<IPermissionProvider, UsersPermissions>();
    }
}
