using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace ApprenantAgile.Badges.Assertions;

/// <summary>Maps <see cref="AssertionIndex"/> and <see cref="AssertionSecret"/> to the tables that <see cref="AssertionMigrations"/> creates.</summary>
internal sealed class AssertionConfiguration : IEntityTypeConfiguration<AssertionIndex>, IEntityTypeConfiguration<AssertionSecret>
{
    public void Configure(EntityTypeBuilder<AssertionIndex> builder)
    {
        builder.ToTable(AssertionMigrations.AssertionTable);
        builder.HasKey(a => a.AssertionId);
        builder.Property(a => a.Status).HasConversion<int>();
    }

    public void Configure(EntityTypeBuilder<AssertionSecret> builder)
    {
        builder.ToTable(AssertionMigrations.SecretTable);
        builder.HasKey(s => s.Name);
    }
}
