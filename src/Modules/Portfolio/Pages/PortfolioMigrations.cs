using ApprenantAgile.Platform.Data.Migrations;
using ApprenantAgile.Platform.Data.Schema;

namespace ApprenantAgile.Portfolio.Pages;

/// <summary>The table of portfolio pages, on SQLite and PostgreSQL.</summary>
public sealed class PortfolioMigrations : DataMigration
{
    public const string PagesTable = "PortfolioPages";

    public override int Create(SchemaBuilder schema)
    {
        schema.CreateTable(PagesTable, table => table
                .Column<string>(nameof(PortfolioPage.Id), c => c.WithLength(32).NotNull())
                .Column<string>(nameof(PortfolioPage.OwnerUserId), c => c.WithLength(64).NotNull())
                .Column<string>(nameof(PortfolioPage.Title), c => c.WithLength(200).NotNull())
                .Column<string>(nameof(PortfolioPage.Introduction), c => c.NotNull())
                .Column<int>(nameof(PortfolioPage.Visibility))
                .Column<string>(nameof(PortfolioPage.ShareToken), c => c.WithLength(ShareTokens.Length))
                .Column<DateTime?>(nameof(PortfolioPage.ShareExpiresUtc))
                .Column<string>(nameof(PortfolioPage.ItemsJson), c => c.NotNull())
                .Column<DateTime>(nameof(PortfolioPage.CreatedUtc))
                .Column<DateTime>(nameof(PortfolioPage.ModifiedUtc)),
            nameof(PortfolioPage.Id));

        schema.CreateIndex("IX_PortfolioPages_OwnerUserId", PagesTable, nameof(PortfolioPage.OwnerUserId));
        schema.CreateUniqueIndex("IX_PortfolioPages_ShareToken", PagesTable, nameof(PortfolioPage.ShareToken));
        return 1;
    }
}
