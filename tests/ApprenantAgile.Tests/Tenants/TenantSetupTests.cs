using ApprenantAgile.Platform.Documents;
using ApprenantAgile.Platform.Features;
using ApprenantAgile.Platform.Settings;
using ApprenantAgile.Platform.Setup;
using ApprenantAgile.Platform.Tenants;
using ApprenantAgile.Tests.Infrastructure;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;

namespace ApprenantAgile.Tests.Tenants;

/// <summary>A setup handler that fails the setup of tenants whose administrator e-mail starts with "echec@".</summary>
public sealed class FailingSetupHandler : ITenantSetupHandler
{
    public Task SetupAsync(TenantSetupContext context, CancellationToken cancellationToken)
    {
        if (context.AdminEmail.StartsWith("echec@", StringComparison.Ordinal))
        {
            context.Errors.Add($"Test handler rejects {context.AdminEmail}");
        }

        return Task.CompletedTask;
    }
}

/// <summary>The tenants test host with <see cref="FailingSetupHandler"/> registered.</summary>
public sealed class FailingSetupFactory : TenantTestFactory
{
    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.ConfigureTestServices(services => services.AddScoped<ITenantSetupHandler, FailingSetupHandler>());
    }
}

public sealed class TenantSetupTests(FailingSetupFactory factory) : IClassFixture<FailingSetupFactory>
{
    private static TenantCreateRequest Request(string name, DatabaseProvider provider, string adminEmail) => new()
    {
        Name = name,
        RequestUrlPrefix = name,
        SiteName = "APP Lyon",
        AdminEmail = adminEmail,
        RecipeName = "centre",
        DatabaseProvider = provider,
    };

    [Theory]
    [MemberData(nameof(TestDatabases.Providers), MemberType = typeof(TestDatabases))]
    public async Task Setup_runs_recipe_and_marks_running(DatabaseProvider provider)
    {
        var name = PlatformFactory.UniqueTenantName("lyon");
        await using var managerScope = factory.Services.CreateAsyncScope();

        var result = await managerScope.ServiceProvider.GetRequiredService<TenantManager>()
            .CreateAsync(Request(name, provider, "direction@lyon.test"));

        Assert.True(result.Succeeded, string.Join("; ", result.Errors));
        Assert.Equal(TenantState.Running, factory.TenantHost.FindSettings(name)?.State);
        Assert.Equal("centre", factory.TenantHost.FindSettings(name)?.RecipeName);
        await using var tenantScope = await factory.TenantHost.CreateScopeAsync(name);
        var site = await tenantScope.ServiceProvider.GetRequiredService<IDocumentStore>().GetAsync<SiteSettings>();
        var enabled = await tenantScope.ServiceProvider.GetRequiredService<TenantFeatureManager>().GetEnabledAsync();
        Assert.Equal("APP Lyon", site.SiteName);
        Assert.Contains("ApprenantAgile.Deployment", enabled);
        Assert.DoesNotContain("ApprenantAgile.Tenants", enabled);
    }

    [Theory]
    [MemberData(nameof(TestDatabases.Providers), MemberType = typeof(TestDatabases))]
    public async Task Failed_setup_leaves_nothing_behind(DatabaseProvider provider)
    {
        var name = PlatformFactory.UniqueTenantName("echec");
        await using var scope = factory.Services.CreateAsyncScope();

        var result = await scope.ServiceProvider.GetRequiredService<TenantManager>()
            .CreateAsync(Request(name, provider, "echec@lyon.test"));

        Assert.Equal(["Test handler rejects echec@lyon.test"], result.Errors.Select(e => e.Message));
        Assert.Null(factory.TenantHost.FindSettings(name));
        Assert.False(await factory.StorageExistsAsync(TenantTestFactory.Planned(name, provider)));
    }

    [Fact]
    public async Task Setup_of_running_tenant_is_rejected()
    {
        await using var scope = factory.Services.CreateAsyncScope();

        var result = await scope.ServiceProvider.GetRequiredService<TenantSetupService>().SetupAsync(
            TenantSettings.DefaultTenantName,
            new SetupRequest { SiteName = "Autre", AdminEmail = "a@b.fr", RecipeName = "national" });

        Assert.Contains("\"Default\"", Assert.Single(result.Errors));
        Assert.Equal(TenantState.Running, factory.TenantHost.FindSettings(TenantSettings.DefaultTenantName)?.State);
    }
}
