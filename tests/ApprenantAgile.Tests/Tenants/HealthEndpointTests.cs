using System.Net;
using System.Text.Json;
using ApprenantAgile.Platform.Tenants;
using ApprenantAgile.Tests.Infrastructure;
using Microsoft.Data.Sqlite;
using Npgsql;

namespace ApprenantAgile.Tests.Tenants;

public sealed class HealthEndpointTests
{
    private static async Task<(HttpStatusCode Status, JsonElement Tenants)> GetHealthAsync(PlatformFactory factory)
    {
        using var client = factory.CreateClientForHost(PlatformFactory.NationalHost);
        var response = await client.GetAsync("/health");
        var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;
        var check = json.GetProperty("checks").EnumerateArray().Single(c => c.GetProperty("name").GetString() == "tenant-databases");
        return (response.StatusCode, check.GetProperty("tenants").Clone());
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
