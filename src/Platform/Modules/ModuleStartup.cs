using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace ApprenantAgile.Platform.Modules;

/// <summary>
/// A module's start-up class, found by the host in each module assembly. Services go into the one
/// host container (tenants share it); endpoints mapped in <see cref="Configure"/> carry the
/// startup's feature, so they answer 404 on tenants where that feature is disabled.
/// </summary>
public abstract class ModuleStartup
{
    /// <summary>Lower values run first; platform startups use negative orders.</summary>
    public virtual int Order => 0;

    public virtual void ConfigureServices(IServiceCollection services, IConfiguration configuration)
    {
    }

    public virtual void Configure(IEndpointRouteBuilder endpoints)
    {
    }
}
