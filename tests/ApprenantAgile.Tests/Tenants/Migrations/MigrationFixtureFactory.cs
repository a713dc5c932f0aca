using ApprenantAgile.Platform.Modules;
using ApprenantAgile.Tests.Infrastructure;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;

namespace ApprenantAgile.Tests.Tenants.Migrations;

/// <summary>The real host whose feature catalogue also contains the test assembly's learners fixture module.</summary>
public sealed class MigrationFixtureFactory : PlatformFactory
{
    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.ConfigureTestServices(services =>
        {
            var assemblies = ModuleAssemblyLoader.Discover(typeof(Program).Assembly).Append(typeof(LearnerFixtureMigrations).Assembly);
            services.AddSingleton(new FeatureCatalogue(assemblies));
        });
    }

    public static string FixturePath(string fileName) =>
        Path.Combine(AppContext.BaseDirectory, "Fixtures", "Migrations", fileName);
}
