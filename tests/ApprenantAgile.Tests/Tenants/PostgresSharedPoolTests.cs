using ApprenantAgile.Platform.Data;
using ApprenantAgile.Platform.Documents;
using ApprenantAgile.Platform.Tenants;
using ApprenantAgile.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;

namespace ApprenantAgile.Tests.Tenants;

/// <summary>
/// PostgreSQL tenants whose schemas live in one database share one connection pool, and EF Core
/// selects each tenant's schema on every connection it opens. Each test gives its tenants a connection
/// string with an application name of its own, so pg_stat_activity counts this host's sessions only.
/// </summary>
public sealed class PostgresSharedPoolTests : IClassFixture<PlatformFactory>
{
    private const int SharedPoolSize = 5;

    private readonly PlatformFactory _factory;

    public PostgresSharedPoolTests(PlatformFactory factory)
    {
        _factory = factory;
    }

    [Fact]
    public async Task Thirty_tenants_share_one_pool()
    {
        var applicationName = UniqueApplicationName();
        var connectionString = ConnectionString(applicationName, SharedPoolSize);
        var names = Enumerable.Range(0, 30).Select(i => PlatformFactory.UniqueTenantName($"pool{i}")).ToList();
        foreach (var name in names)
        {
            await CreateTenantAsync(name, connectionString);
            await using var scope = await _factory.TenantHost.CreateScopeAsync(name);
        }

        // Ten tenants at a time, so that the pool is used concurrently, not one connection after the other.
        await Parallel.ForEachAsync(names, new ParallelOptions { MaxDegreeOfParallelism = 10 }, async (name, _) =>
        {
            await using var scope = await _factory.TenantHost.CreateScopeAsync(name);
            var records = await scope.ServiceProvider.GetRequiredService<TenantDbContext>().DataMigrationRecords.CountAsync(CancellationToken.None);
            Assert.True(records > 0, $"Tenant {name} has no migration records in its schema.");
        });

        var sessions = await CountSessionsAsync(applicationName);

        // One pool for queries and one for advisory locks, each at most Max Pool Size, whatever the number of tenants.
        Assert.True(sessions <= 2 * SharedPoolSize,
            $"{names.Count} tenants on one database hold {sessions} server connections; expected at most {2 * SharedPoolSize} (two pools of {SharedPoolSize}).");
    }

    [Fact]
    public async Task Interleaved_tenants_see_only_their_rows()
    {
        // One connection in the pool: every scope below reuses the physical connection of the other tenant.
        var connectionString = ConnectionString(UniqueApplicationName(), maxPoolSize: 1);
        var first = PlatformFactory.UniqueTenantName("pool-a");
        var second = PlatformFactory.UniqueTenantName("pool-b");
        await CreateTenantAsync(first, connectionString);
        await CreateTenantAsync(second, connectionString);
        await WriteMarkerAsync(first);
        await WriteMarkerAsync(second);

        var backendIds = new HashSet<int>();
        for (var round = 0; round < 10; round++)
        {
            foreach (var (tenant, other) in new[] { (first, second), (second, first) })
            {
                var (backendId, types) = await ReadDocumentTypesAsync(tenant);
                backendIds.Add(backendId);
                Assert.Contains(MarkerOf(tenant), types);
                Assert.DoesNotContain(MarkerOf(other), types);
            }
        }

        Assert.Single(backendIds);
    }

    [Fact]
    public async Task Returned_connection_keeps_no_tenant_schema()
    {
        var connectionString = ConnectionString(UniqueApplicationName(), maxPoolSize: 1);
        var name = PlatformFactory.UniqueTenantName("pool-reset");
        var settings = await CreateTenantAsync(name, connectionString);
        await ReadDocumentTypesAsync(name);

        var dataSource = _factory.Services.GetRequiredService<PostgresDataSources>().ForQueries(settings);
        await using var connection = await dataSource.OpenConnectionAsync();
        await using var command = new NpgsqlCommand("SHOW search_path", connection);
        var searchPath = (string)(await command.ExecuteScalarAsync())!;

        Assert.DoesNotContain(TenantDatabase.SchemaName(settings), searchPath);
    }

    [Fact]
    public async Task Migrations_create_tables_in_each_schema()
    {
        var connectionString = ConnectionString(UniqueApplicationName(), SharedPoolSize);
        var tenants = new List<TenantSettings>();
        foreach (var name in new[] { PlatformFactory.UniqueTenantName("pool-m1"), PlatformFactory.UniqueTenantName("pool-m2") })
        {
            tenants.Add(await CreateTenantAsync(name, connectionString));
            await using var scope = await _factory.TenantHost.CreateScopeAsync(name);
        }

        await using var connection = new NpgsqlConnection(TestDatabases.PostgresConnectionString);
        await connection.OpenAsync();
        foreach (var settings in tenants)
        {
            var schema = TenantDatabase.SchemaName(settings);
            await using var command = new NpgsqlCommand($"SELECT COUNT(*) FROM {PostgresSearchPath.QuoteIdentifier(schema)}.\"DataMigrationRecords\"", connection);
            var records = (long)(await command.ExecuteScalarAsync())!;
            Assert.True(records > 0, $"Schema {schema} has no migration records.");
        }
    }

    [Fact]
    public async Task Tenants_of_two_pools_share_one_model()
    {
        // Two connection strings, as for centres with databases of their own, make two pools.
        var first = PlatformFactory.UniqueTenantName("pool-model-a");
        var second = PlatformFactory.UniqueTenantName("pool-model-b");
        await CreateTenantAsync(first, ConnectionString(UniqueApplicationName(), SharedPoolSize));
        await CreateTenantAsync(second, ConnectionString(UniqueApplicationName(), SharedPoolSize));

        await using var firstScope = await _factory.TenantHost.CreateScopeAsync(first);
        await using var secondScope = await _factory.TenantHost.CreateScopeAsync(second);
        var firstModel = firstScope.ServiceProvider.GetRequiredService<TenantDbContext>().Model;
        var secondModel = secondScope.ServiceProvider.GetRequiredService<TenantDbContext>().Model;

        Assert.Same(firstModel, secondModel);
    }

    [Fact]
    public void Multiplexing_connection_string_is_rejected()
    {
        var settings = new TenantSettings
        {
            Name = "pool-multiplexing",
            DatabaseProvider = DatabaseProvider.Postgres,
            ConnectionString = "Host=127.0.0.1;Username=postgres;Multiplexing=true",
        };

        var error = Assert.Throws<InvalidOperationException>(() => PostgresDataSources.DatabaseConnectionString(settings));

        Assert.Contains("Multiplexing", error.Message);
    }

    [Fact]
    public void Pool_key_drops_search_path()
    {
        var settings = new TenantSettings
        {
            Name = "pool-key",
            DatabaseProvider = DatabaseProvider.Postgres,
            ConnectionString = "Host=127.0.0.1;Username=postgres;Search Path=tenant_other",
        };

        var key = PostgresDataSources.DatabaseConnectionString(settings);

        Assert.DoesNotContain("tenant_other", key);
    }

    private async Task<TenantSettings> CreateTenantAsync(string name, string connectionString)
    {
        var settings = new TenantSettings
        {
            Name = name,
            State = TenantState.Running,
            RequestUrlPrefix = name,
            DatabaseProvider = DatabaseProvider.Postgres,
            ConnectionString = connectionString,
        };
        await _factory.TenantHost.SaveSettingsAsync(settings);
        return settings;
    }

    private async Task WriteMarkerAsync(string tenant)
    {
        await using var scope = await _factory.TenantHost.CreateScopeAsync(tenant);
        var db = scope.ServiceProvider.GetRequiredService<TenantDbContext>();
        db.Documents.Add(new DocumentRecord { Type = MarkerOf(tenant), Content = "{}", ModifiedUtc = DateTime.UtcNow });
        await db.SaveChangesAsync();
    }

    /// <summary>Reads the server process id and the document types of a tenant on one connection opened by EF Core.</summary>
    private async Task<(int BackendId, List<string> Types)> ReadDocumentTypesAsync(string tenant)
    {
        await using var scope = await _factory.TenantHost.CreateScopeAsync(tenant);
        var db = scope.ServiceProvider.GetRequiredService<TenantDbContext>();
        await db.Database.OpenConnectionAsync();
        var backendId = await db.Database.SqlQueryRaw<int>("SELECT pg_backend_pid() AS \"Value\"").SingleAsync();
        var types = await db.Documents.AsNoTracking().Select(d => d.Type).ToListAsync();
        await db.Database.CloseConnectionAsync();
        return (backendId, types);
    }

    private static string MarkerOf(string tenant) => "PoolMarker." + tenant;

    private static string UniqueApplicationName() => "aa-pool-" + Guid.NewGuid().ToString("N")[..8];

    /// <summary>The test server's connection string with this test's application name and pool size, and idle connections kept.</summary>
    private static string ConnectionString(string applicationName, int maxPoolSize) =>
        new NpgsqlConnectionStringBuilder(TestDatabases.PostgresConnectionString)
        {
            ApplicationName = applicationName,
            MaxPoolSize = maxPoolSize,

            // Idle connections stay open for the test, so a pool per tenant would show in the count.
            ConnectionIdleLifetime = 300,
        }.ToString();

    private static async Task<int> CountSessionsAsync(string applicationName)
    {
        var monitor = new NpgsqlConnectionStringBuilder(TestDatabases.PostgresConnectionString) { Pooling = false }.ToString();
        await using var connection = new NpgsqlConnection(monitor);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand("SELECT COUNT(*) FROM pg_stat_activity WHERE application_name = @name", connection);
        command.Parameters.AddWithValue("name", applicationName);
        return (int)(long)(await command.ExecuteScalarAsync())!;
    }
}
