using ApprenantAgile.Workflows.Models;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace ApprenantAgile.Workflows.Data;

internal sealed class WorkflowTypeConfiguration : IEntityTypeConfiguration<WorkflowType>
{
    public void Configure(EntityTypeBuilder<WorkflowType> builder)
    {
        builder.ToTable("WorkflowTypes");
        builder.HasKey(t => t.WorkflowTypeId);
        builder.Property(t => t.Version).IsConcurrencyToken();
        builder.Property(t => t.Activities).HasJsonConversion();
        builder.Property(t => t.Transitions).HasJsonConversion();
        builder.HasMany(t => t.StartActivities).WithOne()
            .HasForeignKey(s => s.WorkflowTypeId)
            .OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class WorkflowTypeStartActivityConfiguration : IEntityTypeConfiguration<WorkflowTypeStartActivity>
{
    public void Configure(EntityTypeBuilder<WorkflowTypeStartActivity> builder)
    {
        builder.ToTable("WorkflowTypeStartActivities");
        builder.HasKey(s => s.Id);
    }
}
