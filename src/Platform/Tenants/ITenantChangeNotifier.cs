namespace ApprenantAgile.Platform.Tenants;

/// <summary>
/// Tells the other nodes that a tenant changed (created, removed, disabled, enabled, features or
/// settings changed), after the change is saved in the tenants store.
/// </summary>
public interface ITenantChangeNotifier
{
    /// <summary>Sends the notification. Failures are logged, not thrown: the change is already saved.</summary>
    Task NotifyAsync(string tenantName, CancellationToken cancellationToken = default);
}
