using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace ApprenantAgile.Badges.Applications.Data;

internal sealed class BadgeApplicationConfiguration : IEntityTypeConfiguration<BadgeApplication>
{
    public void Configure(EntityTypeBuilder<BadgeApplication> builder)
    {
        builder.ToTable(ApplicationsMigrations.ApplicationsTable);
        builder.HasKey(a => a.Id);
        builder.Ignore(a => a.IsEditable);
        builder.Ignore(a => a.IsAwaitingReview);
        builder.HasMany(a => a.Evidence).WithOne().HasForeignKey(e => e.ApplicationId).OnDelete(DeleteBehavior.Cascade);
        builder.HasMany(a => a.Thread).WithOne().HasForeignKey(e => e.ApplicationId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class ApplicationEvidenceConfiguration : IEntityTypeConfiguration<ApplicationEvidence>
{
    public void Configure(EntityTypeBuilder<ApplicationEvidence> builder)
    {
        builder.ToTable(ApplicationsMigrations.EvidenceTable);
        builder.HasKey(e => e.Id);
    }
}

internal sealed class ApplicationThreadEntryConfiguration : IEntityTypeConfiguration<ApplicationThreadEntry>
{
    public void Configure(EntityTypeBuilder<ApplicationThreadEntry> builder)
    {
        builder.ToTable(ApplicationsMigrations.ThreadTable);
        builder.HasKey(e => e.Id);
    }
}
