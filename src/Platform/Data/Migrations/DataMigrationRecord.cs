using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace ApprenantAgile.Platform.Data.Migrations;

/// <summary>The schema version a migration class has reached in one tenant's database.</summary>
public sealed class DataMigrationRecord
{
    public required string MigrationClass { get; set; }

    public int Version { get; set; }
}

internal sealed class DataMigrationRecordConfiguration : IEntityTypeConfiguration<DataMigrationRecord>
{
    public void Configure(EntityTypeBuilder<DataMigrationRecord> builder)
    {
        builder.ToTable("DataMigrationRecords");
        builder.HasKey(r => r.MigrationClass);
    }
}
