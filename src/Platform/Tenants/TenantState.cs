namespace ApprenantAgile.Platform.Tenants;

public enum TenantState
{
    /// <summary>Declared, but its setup recipe has not run yet.</summary>
    Uninitialized,

    Running,

    /// <summary>Set up, then switched off by the national team: it answers 404.</summary>
    Disabled,
}
