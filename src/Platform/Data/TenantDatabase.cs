using ApprenantAgile.Platform.Configuration;
using ApprenantAgile.Platform.Tenants;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;

namespace ApprenantAgile.Platform.Data;

/// <summary>Turns a tenant's settings into a configured database connection for EF Core.</summary>
public sealed class TenantDatabase(AppDataPaths paths, PostgresDataSources postgresDataSources)
{
    public void Configure(DbContextOptionsBuilder options, TenantSettings settings)
    {
        switch (settings.DatabaseProvider)
        {
            case DatabaseProvider.Sqlite:
                options.UseSqlite(SqliteConnectionString(settings)).AddInterceptors(SqliteConnectionPragmas.Instance);
                break;

            case DatabaseProvider.Postgres:
                // A connection of the shared pool, not the data source: Npgsql's EF Core provider (10.0) builds an internal
                // service provider and a model per data source, which would cost one per centre with a database of its own.
                options.UseNpgsql(postgresDataSources.ForQueries(settings).CreateConnection(), contextOwnsConnection: true)
                    .AddInterceptors(new PostgresSearchPath(SchemaName(settings)));
                break;

            default:
                throw new InvalidOperationException($"Tenant '{settings.Name}' has unknown database provider '{settings.DatabaseProvider}'.");
        }
    }

    public string SqliteConnectionString(TenantSettings settings)
    {
        if (!string.IsNullOrWhiteSpace(settings.ConnectionString))
        {
            return settings.ConnectionString;
        }

        var folder = paths.TenantFolder(settings.Name);
        Directory.CreateDirectory(folder);
        return new SqliteConnectionStringBuilder
        {
            DataSource = Path.Combine(folder, "tenant.db"),
            Cache = SqliteCacheMode.Default,
            Pooling = true,
        }.ToString();
    }

    /// <summary>The PostgreSQL schema of a tenant, "tenant_" plus its name with dashes as underscores.</summary>
    public static string SchemaName(TenantSettings settings) =>
        settings.Schema ?? "tenant_" + settings.Name.ToLowerInvariant().Replace('-', '_');
}
