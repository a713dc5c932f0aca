using System.Collections.Concurrent;
using System.Collections.Frozen;
using ApprenantAgile.Platform.Tenants;

namespace ApprenantAgile.Templates.Overrides;

/// <summary>
/// The override sources of each tenant, loaded once and kept until a save or reset on that tenant
/// invalidates them. An entry also expires when the tenant is re-activated (a new <see cref="TenantContext"/>).
/// </summary>
/// <remarks>
/// NOTE: the cache is per process. With several nodes, an override saved on one node reaches the
/// others only when their tenant is re-activated or the process restarts.
/// </remarks>
public sealed class TemplateOverrideCache
{
    private readonly ConcurrentDictionary<string, Entry> _entries = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, long> _generations = new(StringComparer.Ordinal);

    public async ValueTask<IReadOnlyDictionary<string, string>> GetOrLoadAsync(
        TenantContext tenant,
        Func<CancellationToken, Task<IReadOnlyDictionary<string, string>>> load,
        CancellationToken cancellationToken)
    {
        if (_entries.TryGetValue(tenant.Name, out var cached) && ReferenceEquals(cached.Tenant, tenant))
        {
            return cached.Templates;
        }

        // A save that lands while this load runs bumps the generation, so the stale result is not kept.
        var generation = _generations.GetOrAdd(tenant.Name, 0);
        var templates = (await load(cancellationToken)).ToFrozenDictionary(StringComparer.OrdinalIgnoreCase);
        if (_generations.GetValueOrDefault(tenant.Name) == generation)
        {
            _entries[tenant.Name] = new Entry(tenant, templates);
        }

        return templates;
    }

    /// <summary>Drops the cached overrides of <paramref name="tenantName"/>; the next render reads them again.</summary>
    public void Invalidate(string tenantName)
    {
        _generations.AddOrUpdate(tenantName, 1, (_, generation) => generation + 1);
        _entries.TryRemove(tenantName, out _);
    }

    private sealed record Entry(TenantContext Tenant, IReadOnlyDictionary<string, string> Templates);
}
