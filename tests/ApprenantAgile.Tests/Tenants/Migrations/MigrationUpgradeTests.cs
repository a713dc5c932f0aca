using ApprenantAgile.Platform.Data;
using ApprenantAgile.Platform.Tenants;
using ApprenantAgile.Tests.Infrastructure;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;

namespace ApprenantAgile.Tests.Tenants.Migrations;

public sealed class MigrationUpgradeTests(MigrationFixtureFactory factory) : IClassFixture<MigrationFixtureFactory>
{
    private static readonly string[] FixtureLearners = ["Awa Diallo", "Bruno Lefèvre", "Chloé Martin"];

    [Theory]
    [MemberData(nameof(TestDatabases.Providers), MemberType = typeof(TestDatabases))]
    public async Task Version_1_database_upgrades_with_its_rows(DatabaseProvider provider)
    {
        var name = PlatformFactory.UniqueTenantName("v1");
        var settings = new TenantSettings
        {
            Name = name,
            State = TenantState.Running,
            RequestUrlPrefix = name,
            DatabaseProvider = provider,
            ConnectionString = provider == DatabaseProvider.Postgres ? TestDatabases.PostgresConnectionString : null,
        };
        await LoadFixtureAsync(settings);
        await factory.TenantHost.SaveSettingsAsync(settings);

        var context = await factory.TenantHost.GetOrActivateAsync(factory.TenantHost.FindSettings(name)!);
        await using var scope = await factory.TenantHost.CreateScopeAsync(name);
        var db = scope.ServiceProvider.GetRequiredService<TenantDbContext>();
        var names = await db.Database.SqlQueryRaw<string>("SELECT \"Name\" AS \"Value\" FROM \"FixtureLearners\" ORDER BY \"Id\"").ToListAsync();
        var emails = await db.Database.SqlQueryRaw<string?>("SELECT \"Email\" AS \"Value\" FROM \"FixtureLearners\"").ToListAsync();
        var version = await db.DataMigrationRecords
            .Where(r => r.MigrationClass == typeof(LearnerFixtureMigrations).FullName)
            .Select(r => r.Version)
            .SingleAsync();

        Assert.Contains(LearnerFixtureMigrations.FeatureId, context.EnabledFeatures);
        Assert.Equal(2, version);
        Assert.Equal(FixtureLearners, names);
        Assert.Equal([null, null, null], emails);
    }

    [Fact]
    public async Task Committed_sqlite_fixture_matches_its_sql()
    {
        var built = Path.Combine(factory.AppDataPath, "built-from-sql.db");
        Directory.CreateDirectory(factory.AppDataPath);
        await using (var connection = new SqliteConnection($"Data Source={built};Pooling=False"))
        {
            await connection.OpenAsync();
            await using var command = new SqliteCommand(await File.ReadAllTextAsync(MigrationFixtureFactory.FixturePath("tenant-v1.sqlite.sql")), connection);
            await command.ExecuteNonQueryAsync();
        }

        var expected = await DumpSqliteAsync(built);
        var committed = await DumpSqliteAsync(MigrationFixtureFactory.FixturePath("tenant-v1.db"));

        Assert.Equal(expected, committed);
    }

    private async Task LoadFixtureAsync(TenantSettings settings)
    {
        if (settings.DatabaseProvider == DatabaseProvider.Sqlite)
        {
            var folder = Path.Combine(factory.AppDataPath, "Sites", settings.Name);
            Directory.CreateDirectory(folder);
            File.Copy(MigrationFixtureFactory.FixturePath("tenant-v1.db"), Path.Combine(folder, "tenant.db"));
            return;
        }

        var schema = TenantDatabase.SchemaName(settings);
        var connectionString = new NpgsqlConnectionStringBuilder(TestDatabases.PostgresConnectionString) { SearchPath = schema }.ToString();
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        await using (var create = new NpgsqlCommand($"CREATE SCHEMA \"{schema}\"", connection))
        {
            await create.ExecuteNonQueryAsync();
        }

        await using var load = new NpgsqlCommand(await File.ReadAllTextAsync(MigrationFixtureFactory.FixturePath("tenant-v1.postgres.sql")), connection);
        await load.ExecuteNonQueryAsync();
    }

    /// <summary>Returns the schema SQL and every row of every table, as text in a stable order.</summary>
    private static async Task<List<string>> DumpSqliteAsync(string file)
    {
        var lines = new List<string>();
        await using var connection = new SqliteConnection($"Data Source={file};Mode=ReadOnly;Pooling=False");
        await connection.OpenAsync();

        var tables = new List<string>();
        await using (var schema = new SqliteCommand("SELECT name, sql FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name", connection))
        await using (var reader = await schema.ExecuteReaderAsync())
        {
            while (await reader.ReadAsync())
            {
                tables.Add(reader.GetString(0));
                lines.Add(reader.GetString(1));
            }
        }

        foreach (var table in tables)
        {
            await using var rows = new SqliteCommand($"SELECT * FROM \"{table}\" ORDER BY 1", connection);
            await using var reader = await rows.ExecuteReaderAsync();
            while (await reader.ReadAsync())
            {
                lines.Add(table + ": " + string.Join(" | ", Enumerable.Range(0, reader.FieldCount).Select(i => reader.GetValue(i).ToString())));
            }
        }

        return lines;
    }
}
