namespace ApprenantAgile.Platform.Tenants;

/// <summary>Scoped holder of the current tenant; the value is set once, when the scope starts.</summary>
public sealed class TenantAccessor : ITenantAccessor
{
    private TenantContext? _current;

    public TenantContext Current => _current ?? throw new InvalidOperationException(
        "No tenant is set for this scope. Resolve services inside a request or a TenantHost.CreateScopeAsync scope.");

    public bool HasTenant => _current is not null;

    public void Set(TenantContext context)
    {
        if (_current is not null && !ReferenceEquals(_current, context))
        {
            throw new InvalidOperationException(
                $"This scope already belongs to tenant '{_current.Name}'; it cannot switch to '{context.Name}'.");
        }

        _current = context;
        AmbientTenant.Current = context;
    }
}
