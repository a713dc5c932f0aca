using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace ApprenantAgile.Badges.Endorsements;

/// <summary>Maps <see cref="Endorsement"/> to the table that <see cref="EndorsementMigrations"/> creates.</summary>
internal sealed class EndorsementConfiguration : IEntityTypeConfiguration<Endorsement>
{
    public void Configure(EntityTypeBuilder<Endorsement> builder)
    {
        builder.ToTable(EndorsementMigrations.EndorsementTable);
        builder.HasKey(e => e.Id);
        builder.Property(e => e.SubjectKind).HasConversion<int>();
    }
}
