namespace ApprenantAgile.Workflows.Notifications;

public enum NotificationLevel
{
    Information,
    Success,
    Warning,
    Error,
}
