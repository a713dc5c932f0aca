using ApprenantAgile.Platform.Data.Migrations;
using ApprenantAgile.Platform.Data.Schema;
using ApprenantAgile.Platform.Modules;

namespace ApprenantAgile.Platform.Contents.Data;

/// <summary>The ContentItems table: one row per version of an item, with its JSON content.</summary>
[Feature(PlatformFeatures.Contents)]
public sealed class ContentMigrations : DataMigration
{
    public override int Create(SchemaBuilder schema)
    {
        schema.CreateTable(ContentItemConfiguration.TableName, table => table
            .Identity()
            .Column<string>("ContentItemId", c => c.WithLength(ContentItemIds.MaxLength).NotNull())
            .Column<string>("ContentItemVersionId", c => c.WithLength(ContentItemIds.MaxLength).NotNull())
            .Column<string>("ContentType", c => c.WithLength(255).NotNull())
            .Column<string>("DisplayText", c => c.WithLength(1024))
            .Column<bool>("Latest")
            .Column<bool>("Published")
            .Column<string>("Owner", c => c.WithLength(255))
            .Column<string>("Author", c => c.WithLength(255))
            .Column<DateTime?>("CreatedUtc")
            .Column<DateTime?>("ModifiedUtc")
            .Column<DateTime?>("PublishedUtc")
            .Column<string>("Content", c => c.NotNull()));

        schema.CreateUniqueIndex("IX_ContentItems_ContentItemVersionId", ContentItemConfiguration.TableName, "ContentItemVersionId");
        schema.CreateIndex("IX_ContentItems_ContentItemId_Latest_Published", ContentItemConfiguration.TableName,
            "ContentItemId", "Latest", "Published");
        schema.CreateIndex("IX_ContentItems_ContentType_Latest_Published", ContentItemConfiguration.TableName,
            "ContentType", "Latest", "Published");

        return 1;
    }
}
