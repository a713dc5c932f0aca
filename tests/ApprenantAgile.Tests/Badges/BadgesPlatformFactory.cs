using ApprenantAgile.Badges.Signing;
using ApprenantAgile.Tests.Infrastructure;
using Microsoft.AspNetCore.Hosting;

namespace ApprenantAgile.Tests.Badges;

/// <summary>
/// The real host with the Badges signing services registered by <see cref="SigningStartup"/> itself.
/// </summary>
/// <remarks>
/// NOTE: the host finds modules through the assembly references of ApprenantAgile.Web, and the C#
/// compiler drops the reference to ApprenantAgile.Badges because Web uses none of its types, so the
/// module's startups do not run in the host yet. Once the host discovers the module, this class can go.
/// </remarks>
public sealed class BadgesPlatformFactory : PlatformFactory
{
    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.ConfigureServices((context, services) =>
        {
            if (!services.Any(d => d.ServiceType == typeof(IssuerKeyRing)))
            {
                new SigningStartup().ConfigureServices(services, context.Configuration);
            }
        });
    }
}
