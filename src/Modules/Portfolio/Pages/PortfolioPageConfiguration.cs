using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace ApprenantAgile.Portfolio.Pages;

/// <summary>Maps <see cref="PortfolioPage"/> to the table that <see cref="PortfolioMigrations"/> creates.</summary>
internal sealed class PortfolioPageConfiguration : IEntityTypeConfiguration<PortfolioPage>
{
    public void Configure(EntityTypeBuilder<PortfolioPage> builder)
    {
        builder.ToTable(PortfolioMigrations.PagesTable);
        builder.HasKey(p => p.Id);
        builder.Property(p => p.Visibility).HasConversion<int>();
        builder.Ignore(p => p.Items);
    }
}
