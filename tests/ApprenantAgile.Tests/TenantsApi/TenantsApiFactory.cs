using System.Net.Http.Headers;
using ApprenantAgile.Platform.Api.Tokens;
using ApprenantAgile.Platform.Security.Permissions;
using ApprenantAgile.Platform.Setup;
using ApprenantAgile.Platform.Tenants;
using ApprenantAgile.Tests.Infrastructure;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.DependencyInjection;

namespace ApprenantAgile.Tests.TenantsApi;

/// <summary>
/// The real host whose national tenant, and every tenant it creates by default, lives on
/// <paramref name="provider"/>. On PostgreSQL the national tenant gets a schema of its own, so that
/// several hosts can share the test server.
/// </summary>
public sealed class TenantsApiFactory(DatabaseProvider provider) : PlatformFactory
{
    public const string NationalAdminUserName = "national-admin";

    public DatabaseProvider Provider { get; } = provider;

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.UseSetting("Platform:DefaultDatabaseProvider", Provider.ToString());
        builder.UseSetting("Platform:PostgresConnectionString", Environment.GetEnvironmentVariable(TestDatabases.PostgresVariable));
    }

    /// <summary>Sets the national tenant up with the shipped "national" recipe and creates its Administrator.</summary>
    public async Task SetUpNationalAsync()
    {
        var national = TenantHost.FindSettings(TenantSettings.DefaultTenantName)!;
        Assert.Equal(Provider, national.DatabaseProvider);
        if (Provider == DatabaseProvider.Postgres)
        {
            await TenantHost.SaveSettingsAsync(national with { Schema = "national_" + Guid.NewGuid().ToString("N")[..12] });
        }

        await using (var scope = Services.CreateAsyncScope())
        {
            var result = await scope.ServiceProvider.GetRequiredService<TenantSetupService>().SetupAsync(
                TenantSettings.DefaultTenantName,
                new SetupRequest { SiteName = "Réseau national des APP", AdminEmail = "admin@national.test", RecipeName = "national" });
            Assert.True(result.Succeeded, string.Join("; ", result.Errors));
        }

        await TestUsers.CreateAsync(this, TenantSettings.DefaultTenantName, NationalAdminUserName, [StandardRoles.Administrator]);
    }

    /// <summary>Creates an API token on the national tenant through the real service and returns its secret.</summary>
    public async Task<string> CreateTokenAsync(params string[] permissions)
    {
        await using var scope = await TenantHost.CreateScopeAsync(TenantSettings.DefaultTenantName);
        var created = await scope.ServiceProvider.GetRequiredService<ApiTokenService>().CreateAsync("Test token", permissions, "test");
        Assert.True(created.Succeeded, string.Join("; ", created.Errors));
        return created.Secret!;
    }

    /// <summary>An HTTP client for the national host that sends the token as a bearer token.</summary>
    public HttpClient CreateApiClient(string? token)
    {
        var client = CreateClientForHost(NationalHost);
        if (token is not null)
        {
            client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        }

        return client;
    }
}

/// <summary>One host per national database provider, started on first use and shared by the tests of a class.</summary>
public sealed class TenantsApiHosts : IAsyncLifetime
{
    private readonly Dictionary<DatabaseProvider, TenantsApiFactory> _factories = [];
    private readonly SemaphoreSlim _gate = new(1, 1);

    public async Task<TenantsApiFactory> GetAsync(DatabaseProvider provider)
    {
        await _gate.WaitAsync();
        try
        {
            if (!_factories.TryGetValue(provider, out var factory))
            {
                factory = new TenantsApiFactory(provider);
                await factory.SetUpNationalAsync();
                _factories[provider] = factory;
            }

            return factory;
        }
        finally
        {
            _gate.Release();
        }
    }

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync()
    {
        foreach (var factory in _factories.Values)
        {
            await factory.DisposeAsync();
        }
    }
}
