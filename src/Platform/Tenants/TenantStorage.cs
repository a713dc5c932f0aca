using System.Text.Json;
using System.Text.Json.Serialization;
using ApprenantAgile.Platform.Configuration;
using ApprenantAgile.Platform.Data;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Logging;
using Npgsql;

namespace ApprenantAgile.Platform.Tenants;

/// <summary>Where an archived tenant went: the archive folder, and the renamed PostgreSQL schema if any.</summary>
public sealed record TenantArchive(string Folder, string? Schema, DateTime ArchivedUtc);

/// <summary>
/// The physical storage of a tenant's database: the SQLite folder App_Data/Sites/{tenant}/ or the
/// PostgreSQL schema. Checks whether it exists, deletes it after a failed setup, and archives it
/// when the tenant is removed.
/// </summary>
public sealed class TenantStorage(AppDataPaths paths, TenantDatabase database, PostgresDataSources postgresDataSources, ILogger<TenantStorage> logger)
{
    /// <summary>PostgreSQL truncates longer identifiers, which could make two archive names equal.</summary>
    private const int MaxPostgresIdentifierLength = 63;

    private static readonly JsonSerializerOptions ArchiveJsonOptions = new()
    {
        WriteIndented = true,
        Converters = { new JsonStringEnumConverter() },
    };

    /// <summary>Returns whether the tenant's folder or schema is already there (left by an earlier installation).</summary>
    public async Task<bool> ExistsAsync(TenantSettings settings, CancellationToken cancellationToken)
    {
        if (settings.DatabaseProvider == DatabaseProvider.Sqlite)
        {
            return Directory.Exists(paths.TenantFolder(settings.Name));
        }

        await using var connection = await OpenPostgresAsync(settings, cancellationToken);
        await using var command = new NpgsqlCommand("SELECT COUNT(*) FROM information_schema.schemata WHERE schema_name = @name", connection);
        command.Parameters.AddWithValue("name", TenantDatabase.SchemaName(settings));
        return (long)(await command.ExecuteScalarAsync(cancellationToken))! > 0;
    }

    /// <summary>Deletes the tenant's folder or drops its schema. Only for a tenant whose setup failed.</summary>
    public async Task DeleteAsync(TenantSettings settings, CancellationToken cancellationToken)
    {
        if (settings.DatabaseProvider == DatabaseProvider.Sqlite)
        {
            ReleaseSqliteFiles(settings);
            var folder = paths.TenantFolder(settings.Name);
            if (Directory.Exists(folder))
            {
                Directory.Delete(folder, recursive: true);
                logger.LogInformation("Tenant {Tenant}: folder {Folder} deleted", settings.Name, folder);
            }

            return;
        }

        var schema = TenantDatabase.SchemaName(settings);
        await using var connection = await OpenPostgresAsync(settings, cancellationToken);
        await using var command = new NpgsqlCommand($"DROP SCHEMA IF EXISTS {QuoteIdentifier(schema)} CASCADE", connection);
        await command.ExecuteNonQueryAsync(cancellationToken);
        logger.LogInformation("Tenant {Tenant}: PostgreSQL schema {Schema} dropped", settings.Name, schema);
    }

    /// <summary>
    /// Moves the tenant's data out of service: the SQLite folder becomes App_Data/Archives/{name}-{timestamp}/,
    /// a PostgreSQL schema is renamed archived_{name}_{timestamp}, and the settings are written to
    /// tenant.json in the archive folder so that the tenant can be declared again by hand.
    /// </summary>
    public async Task<TenantArchive> ArchiveAsync(TenantSettings settings, CancellationToken cancellationToken)
    {
        var archivedUtc = DateTime.UtcNow;
        var stamp = archivedUtc.ToString("yyyyMMdd'T'HHmmss'Z'", System.Globalization.CultureInfo.InvariantCulture);
        var folder = Path.Combine(paths.ArchiveFolder, $"{settings.Name}-{stamp}");
        if (Directory.Exists(folder))
        {
            throw new IOException($"The archive folder '{folder}' already exists. Wait one second and remove the tenant again.");
        }

        Directory.CreateDirectory(paths.ArchiveFolder);
        string? archivedSchema = null;

        if (settings.DatabaseProvider == DatabaseProvider.Sqlite)
        {
            ReleaseSqliteFiles(settings);
            var source = paths.TenantFolder(settings.Name);
            if (Directory.Exists(source))
            {
                Directory.Move(source, folder);
            }
            else
            {
                Directory.CreateDirectory(folder);
            }
        }
        else
        {
            archivedSchema = ArchivedSchemaName(settings, stamp);
            await RenameSchemaAsync(settings, archivedSchema, cancellationToken);
            Directory.CreateDirectory(folder);
        }

        var archive = new TenantArchive(folder, archivedSchema, archivedUtc);
        await using (var stream = File.Create(Path.Combine(folder, "tenant.json")))
        {
            await JsonSerializer.SerializeAsync(stream, new { Settings = settings, archive.ArchivedUtc, ArchivedSchema = archivedSchema },
                ArchiveJsonOptions, cancellationToken);
        }

        return archive;
    }

    /// <summary>Returns "archived_{schema name without the tenant_ prefix}_{stamp}", shortened to PostgreSQL's 63-character limit.</summary>
    public static string ArchivedSchemaName(TenantSettings settings, string stamp)
    {
        var schema = TenantDatabase.SchemaName(settings);
        var name = schema.StartsWith("tenant_", StringComparison.Ordinal) ? schema["tenant_".Length..] : schema;
        var suffix = "_" + stamp.ToLowerInvariant();
        var room = MaxPostgresIdentifierLength - "archived_".Length - suffix.Length;
        return "archived_" + (name.Length > room ? name[..room] : name) + suffix;
    }

    private async Task RenameSchemaAsync(TenantSettings settings, string archivedSchema, CancellationToken cancellationToken)
    {
        var schema = TenantDatabase.SchemaName(settings);
        await using var connection = await OpenPostgresAsync(settings, cancellationToken);
        await using (var exists = new NpgsqlCommand("SELECT COUNT(*) FROM information_schema.schemata WHERE schema_name = @name", connection))
        {
            exists.Parameters.AddWithValue("name", schema);
            if ((long)(await exists.ExecuteScalarAsync(cancellationToken))! == 0)
            {
                logger.LogWarning("Tenant {Tenant}: PostgreSQL schema {Schema} does not exist; only the settings are archived", settings.Name, schema);
                return;
            }
        }

        await using var command = new NpgsqlCommand($"ALTER SCHEMA {QuoteIdentifier(schema)} RENAME TO {QuoteIdentifier(archivedSchema)}", connection);
        await command.ExecuteNonQueryAsync(cancellationToken);
    }

    /// <summary>
    /// Opens a connection of the database's shared pool without selecting the tenant's schema, so that it works whether
    /// or not the schema exists. Every statement on it names its schema.
    /// </summary>
    private Task<NpgsqlConnection> OpenPostgresAsync(TenantSettings settings, CancellationToken cancellationToken) =>
        postgresDataSources.ForQueries(settings).OpenConnectionAsync(cancellationToken).AsTask();

    /// <summary>Closes pooled SQLite connections to the tenant's file, so that its folder can be moved or deleted.</summary>
    private void ReleaseSqliteFiles(TenantSettings settings)
    {
        using var connection = new SqliteConnection(database.SqliteConnectionString(settings));
        SqliteConnection.ClearPool(connection);
    }

    private static string QuoteIdentifier(string identifier) => PostgresSearchPath.QuoteIdentifier(identifier);
}
