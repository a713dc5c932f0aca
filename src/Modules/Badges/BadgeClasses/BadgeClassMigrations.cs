using ApprenantAgile.Platform.Contents;
using ApprenantAgile.Platform.Data.Migrations;
using ApprenantAgile.Platform.Data.Schema;

namespace ApprenantAgile.Badges.BadgeClasses;

/// <summary>The BadgeClassIndex table; slugs are unique within a tenant.</summary>
public sealed class BadgeClassMigrations : DataMigration
{
    public const int SlugMaxLength = 100;

    public override int Create(SchemaBuilder schema)
    {
        schema.CreateTable(BadgeClassIndex.TableName, table => table
            .Identity()
            .Column<string>(nameof(BadgeClassIndex.ContentItemId), c => c.WithLength(ContentItemIds.MaxLength).NotNull())
            .Column<string>(nameof(BadgeClassIndex.Slug), c => c.WithLength(SlugMaxLength).NotNull())
            .Column<string>(nameof(BadgeClassIndex.Family), c => c.WithLength(100))
            .Column<string>(nameof(BadgeClassIndex.Level), c => c.WithLength(100))
            .Column<bool>(nameof(BadgeClassIndex.IsNational))
            .Column<string>(nameof(BadgeClassIndex.CatalogueVersion), c => c.WithLength(50))
            .Column<bool>(nameof(BadgeClassIndex.Published)));

        schema.CreateUniqueIndex("IX_BadgeClassIndex_ContentItemId", BadgeClassIndex.TableName, nameof(BadgeClassIndex.ContentItemId));
        schema.CreateUniqueIndex("IX_BadgeClassIndex_Slug", BadgeClassIndex.TableName, nameof(BadgeClassIndex.Slug));
        schema.CreateIndex("IX_BadgeClassIndex_Family_Level", BadgeClassIndex.TableName,
            nameof(BadgeClassIndex.Family), nameof(BadgeClassIndex.Level));

        return 1;
    }
}
