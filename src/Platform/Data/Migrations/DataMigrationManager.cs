using System.Reflection;
using ApprenantAgile.Platform.Data.Schema;
using ApprenantAgile.Platform.Modules;
using ApprenantAgile.Platform.Tenants;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;

namespace ApprenantAgile.Platform.Data.Migrations;

/// <summary>
/// Brings a tenant's database up to date for a set of features: runs Create on new features and
/// the pending UpdateFromN steps on older ones, each step in its own transaction with its version.
/// </summary>
public sealed class DataMigrationManager(
    TenantDbContext db,
    ITenantAccessor tenantAccessor,
    FeatureCatalogue catalogue,
    ILogger<DataMigrationManager> logger)
{
    private const string RecordsTable = "DataMigrationRecords";

    public async Task UpdateAsync(IEnumerable<string> featureIds, CancellationToken cancellationToken = default)
    {
        var tenant = tenantAccessor.Current.Settings;
        await EnsureStorageAsync(tenant, cancellationToken);

        foreach (var feature in catalogue.InDependencyOrder(featureIds))
        {
            foreach (var migrationType in MigrationTypesOf(feature))
            {
                await RunPendingStepsAsync(tenant, migrationType, cancellationToken);
            }
        }
    }

    private IEnumerable<Type> MigrationTypesOf(FeatureInfo feature) =>
        feature.Assembly.GetTypes()
            .Where(t => t is { IsAbstract: false, IsClass: true } && t.IsSubclassOf(typeof(DataMigration)))
            .Where(t => catalogue.FeatureIdOf(t) == feature.Id)
            .OrderBy(t => t.FullName, StringComparer.Ordinal);

    private async Task RunPendingStepsAsync(TenantSettings tenant, Type migrationType, CancellationToken cancellationToken)
    {
        var key = migrationType.FullName!;
        var migration = (DataMigration)Activator.CreateInstance(migrationType)!;

        while (true)
        {
            var record = await db.DataMigrationRecords.AsNoTracking()
                .FirstOrDefaultAsync(r => r.MigrationClass == key, cancellationToken);
            var current = record?.Version ?? 0;

            var step = current == 0
                ? migrationType.GetMethod(nameof(DataMigration.Create))
                : migrationType.GetMethod($"UpdateFrom{current}", BindingFlags.Public | BindingFlags.Instance);
            if (step is null)
            {
                return;
            }

            var schema = new SchemaBuilder(tenant.DatabaseProvider);
            var next = (int)step.Invoke(migration, [schema])!;
            if (next <= current)
            {
                throw new InvalidOperationException(
                    $"Migration '{key}' step '{step.Name}' returned version {next}, which does not move past {current}.");
            }

            await ApplyAsync(schema, key, current, next, cancellationToken);
            logger.LogInformation(
                "Tenant {Tenant}: migration {Migration} moved from version {FromVersion} to {ToVersion}",
                tenant.Name, key, current, next);
        }
    }

    private async Task ApplyAsync(SchemaBuilder schema, string key, int current, int next, CancellationToken cancellationToken)
    {
        // Inside a recipe the whole run is one transaction already; otherwise each step gets its own.
        var ownsTransaction = db.Database.CurrentTransaction is null;
        await using var transaction = ownsTransaction ? await db.Database.BeginTransactionAsync(cancellationToken) : null;

        foreach (var command in schema.Commands)
        {
            await db.Database.ExecuteSqlRawAsync(command, cancellationToken);
        }

        var updated = current == 0
            ? await db.Database.ExecuteSqlRawAsync(
                $"INSERT INTO \"{RecordsTable}\" (\"MigrationClass\", \"Version\") VALUES ({{0}}, {{1}})", [key, next], cancellationToken)
            : await db.Database.ExecuteSqlRawAsync(
                $"UPDATE \"{RecordsTable}\" SET \"Version\" = {{0}} WHERE \"MigrationClass\" = {{1}} AND \"Version\" = {{2}}",
                [next, key, current], cancellationToken);

        if (updated != 1)
        {
            throw new InvalidOperationException(
                $"Migration '{key}' was moved past version {current} by another process; the step was rolled back.");
        }

        if (transaction is not null)
        {
            await transaction.CommitAsync(cancellationToken);
        }
    }

    private async Task EnsureStorageAsync(TenantSettings tenant, CancellationToken cancellationToken)
    {
        if (tenant.DatabaseProvider == DatabaseProvider.Postgres)
        {
            // An identifier cannot be a SQL parameter, so the name is quoted with its quotes doubled.
            var createSchema = "CREATE SCHEMA IF NOT EXISTS \"" + TenantDatabase.SchemaName(tenant).Replace("\"", "\"\"") + "\"";
            await db.Database.ExecuteSqlRawAsync(createSchema, cancellationToken);
        }

        var builder = new SchemaBuilder(tenant.DatabaseProvider);
        var create = builder.Dialect.CreateTableSql(RecordsTable,
            new TableBuilder()
                .Column<string>("MigrationClass", c => c.WithLength(255).NotNull())
                .Column<int>("Version")
                .Columns,
            ["MigrationClass"]);
        await db.Database.ExecuteSqlRawAsync(create.Replace("CREATE TABLE", "CREATE TABLE IF NOT EXISTS"), cancellationToken);
    }
}
