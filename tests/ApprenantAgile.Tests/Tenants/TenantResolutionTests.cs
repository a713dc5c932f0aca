using System.Net;
using ApprenantAgile.Platform.Tenants;
using ApprenantAgile.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace ApprenantAgile.Tests.Tenants;

public sealed class TenantResolutionTests : IClassFixture<PlatformFactory>
{
    private readonly PlatformFactory _factory;

    public TenantResolutionTests(PlatformFactory factory)
    {
        _factory = factory;
    }

    [Theory]
    [MemberData(nameof(TestDatabases.Providers), MemberType = typeof(TestDatabases))]
    public async Task Prefix_selects_tenant_and_activates_it(DatabaseProvider provider)
    {
        var name = PlatformFactory.UniqueTenantName("centre");
        await _factory.CreateRunningTenantAsync(name, provider, prefix: name);

        var match = _factory.Services.GetRequiredService<TenantResolver>().Resolve(new("anything.test"), $"/{name}/admin");
        using var client = _factory.CreateClientForHost("anything.test");
        await client.GetAsync($"/{name}/");

        Assert.Equal(name, match?.Settings.Name);
        Assert.True(_factory.TenantHost.IsActive(name));
    }

    [Theory]
    [MemberData(nameof(TestDatabases.Providers), MemberType = typeof(TestDatabases))]
    public async Task Host_selects_tenant(DatabaseProvider provider)
    {
        var name = PlatformFactory.UniqueTenantName("hote");
        await _factory.CreateRunningTenantAsync(name, provider, hosts: [$"{name}.test"]);

        var match = _factory.Services.GetRequiredService<TenantResolver>().Resolve(new($"{name}.TEST:8080"), "/");

        Assert.Equal(name, match?.Settings.Name);
        Assert.Null(match?.Prefix);
    }

    [Fact]
    public async Task Unknown_host_answers_404()
    {
        using var client = _factory.CreateClientForHost("inconnu.test");

        var response = await client.GetAsync("/");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    [Fact]
    public void Unknown_prefix_on_national_host_is_not_another_tenant()
    {
        _ = _factory.Services;

        var match = _factory.Services.GetRequiredService<TenantResolver>().Resolve(new(PlatformFactory.NationalHost), "/centre-inconnu/");

        Assert.Equal(TenantSettings.DefaultTenantName, match?.Settings.Name);
        Assert.Null(match?.Prefix);
    }
}
