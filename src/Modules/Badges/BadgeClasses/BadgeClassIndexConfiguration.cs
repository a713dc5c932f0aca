using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace ApprenantAgile.Badges.BadgeClasses;

/// <summary>Maps <see cref="BadgeClassIndex"/> to the table that <see cref="BadgeClassMigrations"/> creates.</summary>
internal sealed class BadgeClassIndexConfiguration : IEntityTypeConfiguration<BadgeClassIndex>
{
    public void Configure(EntityTypeBuilder<BadgeClassIndex> builder)
    {
        builder.ToTable(BadgeClassIndex.TableName);
        builder.HasKey(i => i.Id);
        builder.Property(i => i.Id).ValueGeneratedOnAdd();
    }
}
