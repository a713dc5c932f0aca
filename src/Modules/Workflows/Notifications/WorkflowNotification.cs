using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace ApprenantAgile.Workflows.Notifications;

/// <summary>An on-screen message left by a NotifyTask, for one user or, with no user name, for the administrators.</summary>
public sealed class WorkflowNotification
{
    public long Id { get; set; }

    public string WorkflowId { get; set; } = "";

    /// <summary>The user who should see the message; null for the administrators.</summary>
    public string? UserName { get; set; }

    /// <summary>Information, Success, Warning or Error.</summary>
    public string Level { get; set; } = "";

    public string Message { get; set; } = "";

    public DateTime CreatedUtc { get; set; }
}

internal sealed class WorkflowNotificationConfiguration : IEntityTypeConfiguration<WorkflowNotification>
{
    public void Configure(EntityTypeBuilder<WorkflowNotification> builder)
    {
        builder.ToTable("WorkflowNotifications");
        builder.HasKey(n => n.Id);
    }
}
