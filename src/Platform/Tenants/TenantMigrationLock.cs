using System.Security.Cryptography;
using System.Text;
using ApprenantAgile.Platform.Data;
using Microsoft.Extensions.Logging;
using Npgsql;

namespace ApprenantAgile.Platform.Tenants;

/// <summary>
/// Serializes a tenant's data migrations across the nodes that share its PostgreSQL database: a
/// session-level advisory lock on a connection of the database's lock pool, held while activation migrates. A
/// SQLite tenant lives on one node, where activation already runs once per tenant.
/// </summary>
public sealed class TenantMigrationLock(PostgresDataSources dataSources, ILogger<TenantMigrationLock> logger)
{
    /// <summary>How long a node waits for another node's migrations before its activation fails (the next request retries).</summary>
    public static readonly TimeSpan WaitTimeout = TimeSpan.FromMinutes(5);

    public async Task<IAsyncDisposable> AcquireAsync(TenantSettings settings, CancellationToken cancellationToken = default)
    {
        if (settings.DatabaseProvider != DatabaseProvider.Postgres)
        {
            return NoLock.Instance;
        }

        var lockId = LockIdOf(settings);
        var connection = dataSources.ForLocks(settings).CreateConnection();
        try
        {
            await connection.OpenAsync(cancellationToken);
            var started = System.Diagnostics.Stopwatch.GetTimestamp();
            await using (var command = new NpgsqlCommand("SELECT pg_advisory_lock(@id)", connection))
            {
                command.CommandTimeout = (int)WaitTimeout.TotalSeconds;
                command.Parameters.AddWithValue("id", lockId);
                await command.ExecuteNonQueryAsync(cancellationToken);
            }

            var waited = System.Diagnostics.Stopwatch.GetElapsedTime(started);
            if (waited > TimeSpan.FromMilliseconds(100))
            {
                logger.LogInformation("Tenant {Tenant}: waited {WaitedMs} ms for another node's migrations", settings.Name, waited.TotalMilliseconds);
            }

            return new Handle(connection, lockId, settings.Name, logger);
        }
        catch
        {
            await connection.DisposeAsync();
            throw;
        }
    }

    /// <summary>The first 8 bytes of the SHA-256 of "migrations/" and the tenant's schema, as advisory locks take a 64-bit id.</summary>
    private static long LockIdOf(TenantSettings settings) =>
        BitConverter.ToInt64(SHA256.HashData(Encoding.UTF8.GetBytes("migrations/" + TenantDatabase.SchemaName(settings))), 0);

    private sealed class NoLock : IAsyncDisposable
    {
        public static readonly NoLock Instance = new();

        public ValueTask DisposeAsync() => ValueTask.CompletedTask;
    }

    private sealed class Handle(NpgsqlConnection connection, long lockId, string tenant, ILogger logger) : IAsyncDisposable
    {
        public async ValueTask DisposeAsync()
        {
            try
            {
                await using var command = new NpgsqlCommand("SELECT pg_advisory_unlock(@id)", connection);
                command.Parameters.AddWithValue("id", lockId);
                await command.ExecuteScalarAsync(CancellationToken.None);
            }
            catch (NpgsqlException ex)
            {
                // Returning the connection to the pool resets the session (DISCARD ALL), which releases the lock too.
                logger.LogWarning(ex, "Tenant {Tenant}: releasing the migration lock failed; the session reset releases it", tenant);
            }
            finally
            {
                await connection.DisposeAsync();
            }
        }
    }
}
