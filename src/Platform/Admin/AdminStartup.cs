using ApprenantAgile.Platform.Admin.Navigation;
using ApprenantAgile.Platform.Users.AccountLinks;
using ApprenantAgile.Platform.Modules;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace ApprenantAgile.Platform.Admin;

/// <summary>Registers the admin menu service, the dashboard's navigation provider and its account link.</summary>
public sealed class AdminStartup : ModuleStartup
{
    public override int Order => -100;

    public override void ConfigureServices(IServiceCollection services, IConfiguration configuration)
    {
        services.AddScoped<AdminMenu>();
        services.AddScoped<INavigationProvider, AdminNavigationProvider>();
        services.AddScoped<IAccountLinkProvider, AdministrationAccountLink>();
    }
}
