using ApprenantAgile.Platform.Data.Schema;

namespace ApprenantAgile.Platform.Data.Migrations;

/// <summary>Tables of the platform core: the documents store.</summary>
public sealed class PlatformMigrations : DataMigration
{
    public override int Create(SchemaBuilder schema)
    {
        schema.CreateTable("Documents", table => table
                .Column<string>("Type", c => c.WithLength(255).NotNull())
                .Column<string>("Content", c => c.NotNull())
                .Column<int>("Version")
                .Column<DateTime>("ModifiedUtc"),
            "Type");

        return 1;
    }
}
