using ApprenantAgile.Workflows.Models;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace ApprenantAgile.Workflows.Data;

internal sealed class WorkflowConfiguration : IEntityTypeConfiguration<Workflow>
{
    public void Configure(EntityTypeBuilder<Workflow> builder)
    {
        builder.ToTable("Workflows");
        builder.HasKey(w => w.WorkflowId);
        builder.Property(w => w.Version).IsConcurrencyToken();
        builder.Property(w => w.State).HasJsonConversion();
        builder.HasMany(w => w.BlockingActivities).WithOne()
            .HasForeignKey(b => b.WorkflowId)
            .OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class BlockingActivityConfiguration : IEntityTypeConfiguration<BlockingActivity>
{
    public void Configure(EntityTypeBuilder<BlockingActivity> builder)
    {
        builder.ToTable("WorkflowBlockingActivities");
        builder.HasKey(b => b.Id);
    }
}
