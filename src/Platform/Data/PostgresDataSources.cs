using System.Collections.Concurrent;
using ApprenantAgile.Platform.Tenants;
using Microsoft.Extensions.Logging;
using Npgsql;

namespace ApprenantAgile.Platform.Data;

/// <summary>
/// The Npgsql data sources (connection pools) of the PostgreSQL databases that tenants use, one per
/// distinct connection string. Every tenant schema of a database shares its pool, so a node opens at
/// most Max Pool Size connections for them, and EF Core selects the tenant's schema on each connection
/// it opens (<see cref="PostgresSearchPath"/>). A second pool per database serves the session-level
/// advisory locks. A lock keeps its connection while its holder queries through the first pool, so
/// held locks cannot use up the connections that those queries wait for.
/// The host disposes this singleton at shutdown, which closes every pooled connection.
/// </summary>
public sealed class PostgresDataSources(ILoggerFactory loggerFactory) : IAsyncDisposable, IDisposable
{
    private enum Pool
    {
        Queries,
        Locks,
    }

    private readonly ConcurrentDictionary<(Pool Pool, string ConnectionString), Lazy<NpgsqlDataSource>> _sources = new();

    /// <summary>Returns the pool of the tenant's database for queries. Its connections have no tenant schema selected.</summary>
    public NpgsqlDataSource ForQueries(TenantSettings settings) => Get(Pool.Queries, settings);

    /// <summary>Returns the pool of the tenant's database for connections held by session-level advisory locks.</summary>
    public NpgsqlDataSource ForLocks(TenantSettings settings) => Get(Pool.Locks, settings);

    /// <summary>Closes the idle connections of every pool. Connections in use close when they are returned.</summary>
    public void ClearPools()
    {
        foreach (var source in _sources.Values.Where(s => s.IsValueCreated))
        {
            source.Value.Clear();
        }
    }

    /// <summary>
    /// Returns the tenant's connection string without a search path, the key of its database's pools.
    /// Rejects Multiplexing, under which several connections share one server session and so one search path.
    /// </summary>
    public static string DatabaseConnectionString(TenantSettings settings)
    {
        if (string.IsNullOrWhiteSpace(settings.ConnectionString))
        {
            throw new InvalidOperationException(
                $"Tenant '{settings.Name}' uses PostgreSQL but has no connection string. Set Platform:PostgresConnectionString or the tenant's own.");
        }

        var builder = new NpgsqlConnectionStringBuilder(settings.ConnectionString);
        if (builder.Multiplexing)
        {
            throw new InvalidOperationException(
                $"The PostgreSQL connection string of tenant '{settings.Name}' enables Multiplexing, which shares a server session between connections, so a connection cannot keep its tenant's search path. Remove Multiplexing from the connection string.");
        }

        builder.SearchPath = null;
        return builder.ConnectionString;
    }

    public async ValueTask DisposeAsync()
    {
        foreach (var source in _sources.Values.Where(s => s.IsValueCreated))
        {
            await source.Value.DisposeAsync();
        }

        _sources.Clear();
    }

    public void Dispose()
    {
        foreach (var source in _sources.Values.Where(s => s.IsValueCreated))
        {
            source.Value.Dispose();
        }

        _sources.Clear();
    }

    private NpgsqlDataSource Get(Pool pool, TenantSettings settings)
    {
        var connectionString = DatabaseConnectionString(settings);

        // Lazy makes two racing first requests build one data source, never a second one that would not be disposed.
        return _sources.GetOrAdd((pool, connectionString), key => new Lazy<NpgsqlDataSource>(
            () => new NpgsqlDataSourceBuilder(key.ConnectionString).UseLoggerFactory(loggerFactory).Build(),
            LazyThreadSafetyMode.ExecutionAndPublication)).Value;
    }
}
