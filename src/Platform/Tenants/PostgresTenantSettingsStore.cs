using System.Text.Json;
using System.Text.Json.Serialization;
using ApprenantAgile.Platform.Clustering;
using ApprenantAgile.Platform.Configuration;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Npgsql;

namespace ApprenantAgile.Platform.Tenants;

/// <summary>
/// Keeps tenant settings in the table {Cluster:HostSchema}.tenants of the PostgreSQL database in
/// Platform:PostgresConnectionString, so that every node reads the same tenants. Each row has a
/// version that every save and touch increments. On first use, an empty table receives the
/// tenants of this node's tenants.json, if there is one.
/// </summary>
public sealed class PostgresTenantSettingsStore(
    IOptions<PlatformOptions> platformOptions,
    IOptions<ClusterOptions> clusterOptions,
    FileTenantSettingsStore fileStore,
    ILogger<PostgresTenantSettingsStore> logger) : ITenantSettingsStore
{
    private static readonly JsonSerializerOptions JsonOptions = new() { Converters = { new JsonStringEnumConverter() } };

    private readonly SemaphoreSlim _createGate = new(1, 1);
    private volatile bool _created;

    private string Table => $"\"{clusterOptions.Value.HostSchema}\".tenants";

    public async Task<IReadOnlyList<TenantSettings>> LoadAllAsync(CancellationToken cancellationToken = default)
    {
        await using var connection = await OpenAsync(cancellationToken);
        await using var command = new NpgsqlCommand($"SELECT settings, version FROM {Table} ORDER BY name", connection);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);

        var list = new List<TenantSettings>();
        while (await reader.ReadAsync(cancellationToken))
        {
            var settings = JsonSerializer.Deserialize<TenantSettings>(reader.GetString(0), JsonOptions)
                ?? throw new InvalidOperationException($"A row of {Table} contains null instead of tenant settings. Restore the table from a backup.");
            list.Add(settings with { Version = reader.GetInt64(1) });
        }

        return list;
    }

    public async Task SaveAsync(TenantSettings settings, CancellationToken cancellationToken = default)
    {
        await using var connection = await OpenAsync(cancellationToken);
        await using var command = new NpgsqlCommand(
            $"""
            INSERT INTO {Table} (name, settings, version, updated_utc) VALUES (@name, @settings::jsonb, 1, now())
            ON CONFLICT (name) DO UPDATE SET settings = excluded.settings, version = {Table}.version + 1, updated_utc = now()
            """, connection);
        command.Parameters.AddWithValue("name", settings.Name);
        command.Parameters.AddWithValue("settings", JsonSerializer.Serialize(settings, JsonOptions));
        await command.ExecuteNonQueryAsync(cancellationToken);
    }

    public async Task RemoveAsync(string tenantName, CancellationToken cancellationToken = default)
    {
        await using var connection = await OpenAsync(cancellationToken);
        await using var command = new NpgsqlCommand($"DELETE FROM {Table} WHERE name = @name", connection);
        command.Parameters.AddWithValue("name", tenantName);
        await command.ExecuteNonQueryAsync(cancellationToken);
    }

    public async Task TouchAsync(string tenantName, CancellationToken cancellationToken = default)
    {
        await using var connection = await OpenAsync(cancellationToken);
        await using var command = new NpgsqlCommand(
            $"UPDATE {Table} SET version = version + 1, updated_utc = now() WHERE name = @name", connection);
        command.Parameters.AddWithValue("name", tenantName);
        await command.ExecuteNonQueryAsync(cancellationToken);
    }

    /// <summary>Takes a session-level advisory lock on a connection of its own, released when the handle is disposed or the node dies.</summary>
    public async Task<IAsyncDisposable> LockChangesAsync(CancellationToken cancellationToken = default)
    {
        var connection = await OpenAsync(cancellationToken);
        try
        {
            await using var command = new NpgsqlCommand("SELECT pg_advisory_lock(hashtext('apprenant-agile/tenant-changes'))", connection);
            await command.ExecuteNonQueryAsync(cancellationToken);
            return new ChangeLock(connection);
        }
        catch
        {
            await connection.DisposeAsync();
            throw;
        }
    }

    private async Task<NpgsqlConnection> OpenAsync(CancellationToken cancellationToken)
    {
        var connectionString = platformOptions.Value.PostgresConnectionString;
        if (string.IsNullOrWhiteSpace(connectionString))
        {
            throw new InvalidOperationException(
                "Cluster:TenantsStore is Postgres but Platform:PostgresConnectionString is empty. Set the connection string of the shared database.");
        }

        var connection = new NpgsqlConnection(connectionString);
        try
        {
            await connection.OpenAsync(cancellationToken);
            if (!_created)
            {
                await CreateTableOnceAsync(connection, cancellationToken);
            }

            return connection;
        }
        catch
        {
            await connection.DisposeAsync();
            throw;
        }
    }

    /// <summary>
    /// Creates the schema and table if missing, under a transaction-level advisory lock because two
    /// nodes running CREATE TABLE IF NOT EXISTS at once can still collide in the catalogue.
    /// </summary>
    private async Task CreateTableOnceAsync(NpgsqlConnection connection, CancellationToken cancellationToken)
    {
        await _createGate.WaitAsync(cancellationToken);
        try
        {
            if (_created)
            {
                return;
            }

            await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
            await using (var command = new NpgsqlCommand(
                $"""
                SELECT pg_advisory_xact_lock(hashtext('apprenant-agile/host-schema'));
                CREATE SCHEMA IF NOT EXISTS "{clusterOptions.Value.HostSchema}";
                CREATE TABLE IF NOT EXISTS {Table} (
                    name text PRIMARY KEY,
                    settings jsonb NOT NULL,
                    version bigint NOT NULL,
                    updated_utc timestamptz NOT NULL);
                """, connection, transaction))
            {
                await command.ExecuteNonQueryAsync(cancellationToken);
            }

            await ImportFileIfEmptyAsync(connection, transaction, cancellationToken);
            await transaction.CommitAsync(cancellationToken);
            _created = true;
        }
        finally
        {
            _createGate.Release();
        }
    }

    /// <summary>Copies this node's tenants.json into an empty table: the first start after switching a single node to the shared store.</summary>
    private async Task ImportFileIfEmptyAsync(NpgsqlConnection connection, NpgsqlTransaction transaction, CancellationToken cancellationToken)
    {
        await using (var count = new NpgsqlCommand($"SELECT COUNT(*) FROM {Table}", connection, transaction))
        {
            if ((long)(await count.ExecuteScalarAsync(cancellationToken))! > 0)
            {
                return;
            }
        }

        var fromFile = await fileStore.LoadAllAsync(cancellationToken);
        foreach (var settings in fromFile)
        {
            await using var insert = new NpgsqlCommand(
                $"INSERT INTO {Table} (name, settings, version, updated_utc) VALUES (@name, @settings::jsonb, 1, now())", connection, transaction);
            insert.Parameters.AddWithValue("name", settings.Name);
            insert.Parameters.AddWithValue("settings", JsonSerializer.Serialize(settings, JsonOptions));
            await insert.ExecuteNonQueryAsync(cancellationToken);
        }

        if (fromFile.Count > 0)
        {
            logger.LogInformation("Imported {TenantCount} tenants from tenants.json into {Table}", fromFile.Count, Table);
        }
    }

    /// <summary>Closing the connection ends the session, which releases its advisory lock.</summary>
    private sealed class ChangeLock(NpgsqlConnection connection) : IAsyncDisposable
    {
        public async ValueTask DisposeAsync()
        {
            try
            {
                await using var command = new NpgsqlCommand("SELECT pg_advisory_unlock(hashtext('apprenant-agile/tenant-changes'))", connection);
                await command.ExecuteNonQueryAsync(CancellationToken.None);
            }
            catch (NpgsqlException)
            {
                // The pool resets the session (DISCARD ALL) when the connection returns to it, which releases the lock too.
            }
            finally
            {
                await connection.DisposeAsync();
            }
        }
    }
}
