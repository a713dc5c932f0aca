using System.Reflection;
using ApprenantAgile.Platform.Documents;
using Microsoft.EntityFrameworkCore;

namespace ApprenantAgile.Platform.Data;

/// <summary>
/// The EF Core context of one tenant's database. Its model gathers the entity configurations of
/// every module assembly; the tables themselves are created by each feature's
/// <see cref="Migrations.DataMigration"/> classes, as Orchard does, so one code base serves
/// SQLite and PostgreSQL without a migration set per provider.
/// </summary>
public sealed class TenantDbContext(DbContextOptions<TenantDbContext> options) : DbContext(options)
{
    private static IReadOnlyList<Assembly> s_modelAssemblies = [typeof(TenantDbContext).Assembly];

    public DbSet<DocumentRecord> Documents => Set<DocumentRecord>();

    public DbSet<Migrations.DataMigrationRecord> DataMigrationRecords => Set<Migrations.DataMigrationRecord>();

    /// <summary>Sets the assemblies whose <see cref="IEntityTypeConfiguration{TEntity}"/> classes make the model.</summary>
    public static void UseModelAssemblies(IEnumerable<Assembly> assemblies)
    {
        s_modelAssemblies = assemblies.Append(typeof(TenantDbContext).Assembly).Distinct().ToList();
    }

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        foreach (var assembly in s_modelAssemblies)
        {
            modelBuilder.ApplyConfigurationsFromAssembly(assembly);
        }
    }

    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder)
    {
        configurationBuilder.Properties<DateTime>().HaveConversion<UtcDateTimeConverter>();
        configurationBuilder.Properties<DateTime?>().HaveConversion<NullableUtcDateTimeConverter>();
    }
}
