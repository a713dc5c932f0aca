using System.Net;
using System.Text.Json;
using ApprenantAgile.Platform.Tenants;
using ApprenantAgile.Tests.Infrastructure;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;

namespace ApprenantAgile.Tests.Tenants;

public sealed class HealthEndpointTests
{
    private static async Task<(HttpStatusCode Status, JsonElement Tenants)> GetHealthAsync(PlatformFactory factory, string checkName = "tenant-databases")
    {
        var (status, check) = await GetCheckAsync(factory, checkName);
        return (status, check.GetProperty("tenants"));
    }

    private static async Task<(HttpStatusCode Status, JsonElement Check)> GetCheckAsync(PlatformFactory factory, string checkName)
    {
        using var client = factory.CreateClientForHost(PlatformFactory.NationalHost);
        var response = await client.GetAsync("/health");
        var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;
        var check = json.GetProperty("checks").EnumerateArray().Single(c => c.GetProperty("name").GetString() == checkName);
        return (response.StatusCode, check.Clone());
    }

    [Theory]
    [MemberData(nameof(TestDatabases.Providers), MemberType = typeof(TestDatabases))]
    public async Task Health_reports_each_active_tenant(DatabaseProvider provider)
    {
        using var factory = new PlatformFactory();
        var name = PlatformFactory.UniqueTenantName("sante");
        await factory.CreateRunningTenantAsync(name, provider, prefix: name);
        using var client = factory.CreateClientForHost("centre.test");
        await client.GetAsync($"/{name}/");

        var (status, tenants) = await GetHealthAsync(factory);

        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Equal("Healthy", tenants.GetProperty(name).GetProperty("status").GetString());
    }

    [Theory]
    [MemberData(nameof(TestDatabases.Providers), MemberType = typeof(TestDatabases))]
    public async Task Health_answers_503_when_a_database_fails(DatabaseProvider provider)
    {
        using var factory = new PlatformFactory();
        var healthy = PlatformFactory.UniqueTenantName("sain");
        var broken = PlatformFactory.UniqueTenantName("casse");
        await factory.CreateRunningTenantAsync(healthy, provider, prefix: healthy);
        var brokenSettings = await factory.CreateRunningTenantAsync(broken, provider, prefix: broken);
        using var client = factory.CreateClientForHost("centre.test");
        await client.GetAsync($"/{healthy}/");
        await client.GetAsync($"/{broken}/");

        await BreakDatabaseAsync(factory, brokenSettings);
        var (status, tenants) = await GetHealthAsync(factory);

        Assert.Equal(HttpStatusCode.ServiceUnavailable, status);
        Assert.Equal("Unhealthy", tenants.GetProperty(broken).GetProperty("status").GetString());
        Assert.False(string.IsNullOrEmpty(tenants.GetProperty(broken).GetProperty("error").GetString()));
        Assert.Equal("Healthy", tenants.GetProperty(healthy).GetProperty("status").GetString());
    }

    [Fact]
    public async Task Health_counts_tenants_not_yet_activated()
    {
        using var factory = new PlatformFactory();
        var activated = PlatformFactory.UniqueTenantName("actif");
        var idle = PlatformFactory.UniqueTenantName("endormi");
        await factory.CreateRunningTenantAsync(activated, DatabaseProvider.Sqlite, prefix: activated);
        await factory.CreateRunningTenantAsync(idle, DatabaseProvider.Sqlite, prefix: idle);
        using var client = factory.CreateClientForHost("centre.test");
        await client.GetAsync($"/{activated}/");
        Assert.False(factory.TenantHost.IsActive(idle), "The idle tenant must not be activated before the probe.");
        var declared = await factory.Services.GetRequiredService<ITenantSettingsStore>().LoadAllAsync();
        var running = declared.Where(t => t.State == TenantState.Running).ToList();

        var (status, store) = await GetHealthAsync(factory, "tenant-store");
        var (_, databases) = await GetHealthAsync(factory);

        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Equal(declared.Count, store.GetProperty("declared").GetInt32());
        Assert.Equal(running.Count, store.GetProperty("running").GetInt32());
        Assert.Equal(running.Count(t => factory.TenantHost.IsActive(t.Name)), store.GetProperty("activeOnThisNode").GetInt32());
        Assert.Contains(idle, running.Select(t => t.Name));
        Assert.True(databases.TryGetProperty(activated, out _), "The activated tenant's database is checked.");
        Assert.False(databases.TryGetProperty(idle, out _), "The idle tenant is not activated by the probe.");
        Assert.False(factory.TenantHost.IsActive(idle));
    }

    [Fact]
    public async Task Health_answers_503_when_the_tenant_store_fails()
    {
        using var factory = new PlatformFactory();
        var name = PlatformFactory.UniqueTenantName("magasin");
        await factory.CreateRunningTenantAsync(name, DatabaseProvider.Sqlite, prefix: name);

        await File.WriteAllTextAsync(Path.Combine(factory.AppDataPath, "tenants.json"), "[{ not json");
        var (status, check) = await GetCheckAsync(factory, "tenant-store");

        Assert.Equal(HttpStatusCode.ServiceUnavailable, status);
        Assert.Equal("Unhealthy", check.GetProperty("status").GetString());
        Assert.StartsWith("Reading the tenant settings store failed", check.GetProperty("description").GetString());
    }

    [Fact]
    public async Task Health_is_absent_on_a_centre_host()
    {
        using var factory = new PlatformFactory();
        var name = PlatformFactory.UniqueTenantName("hote");
        await factory.CreateRunningTenantAsync(name, DatabaseProvider.Sqlite, hosts: [$"{name}.test"]);
        using var client = factory.CreateClientForHost($"{name}.test");

        var response = await client.GetAsync("/health");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    /// <summary>Removes the tenant's tables behind the platform's back, as a lost disk or a dropped schema would.</summary>
    private static async Task BreakDatabaseAsync(PlatformFactory factory, TenantSettings settings)
    {
        if (settings.DatabaseProvider == DatabaseProvider.Sqlite)
        {
            var file = Path.Combine(factory.AppDataPath, "Sites", settings.Name, "tenant.db");
            SqliteConnection.ClearAllPools();
            File.Delete(file);
            return;
        }

        await using var connection = new NpgsqlConnection(TestDatabases.PostgresConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand($"DROP SCHEMA \"tenant_{settings.Name.Replace('-', '_')}\" CASCADE", connection);
        await command.ExecuteNonQueryAsync();
    }
}
