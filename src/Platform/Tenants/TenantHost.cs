using System.Collections.Concurrent;
using ApprenantAgile.Platform.Data.Migrations;
using ApprenantAgile.Platform.Documents;
using ApprenantAgile.Platform.Features;
using ApprenantAgile.Platform.Modules;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace ApprenantAgile.Platform.Tenants;

/// <summary>
/// Keeps every tenant's settings in memory and activates tenants lazily, on their first request:
/// activation runs the pending migrations of the enabled features and reads which features are on.
/// Tenants share the host's one service container; a tenant is a scoped <see cref="TenantContext"/>.
/// </summary>
public sealed class TenantHost(
    IServiceScopeFactory scopeFactory,
    ITenantSettingsStore store,
    FeatureCatalogue catalogue,
    TenantMigrationLock migrationLock,
    IEnumerable<ITenantChangeNotifier> notifiers,
    ILogger<TenantHost> logger)
{
    private readonly ConcurrentDictionary<string, Lazy<Task<TenantContext>>> _contexts = new(StringComparer.Ordinal);
    private volatile IReadOnlyList<TenantSettings> _settings = [];

    /// <summary>Raised after a tenant's settings are saved or removed on this node.</summary>
    public event Func<string, Task>? TenantChanged;

    public IReadOnlyList<TenantSettings> AllSettings => _settings;

    public TenantSettings? FindSettings(string name) =>
        _settings.FirstOrDefault(t => string.Equals(t.Name, name, StringComparison.Ordinal));

    public bool IsActive(string name) => _contexts.ContainsKey(name);

    public int ActiveCount => _contexts.Count;

    /// <summary>
    /// Reads the settings of every tenant again, and releases activated tenants whose settings or
    /// version changed. Returns the names of the released tenants.
    /// </summary>
    public async Task<IReadOnlyList<string>> ReloadAsync(CancellationToken cancellationToken = default)
    {
        var previous = _settings;
        _settings = await store.LoadAllAsync(cancellationToken);

        var released = new List<string>();
        foreach (var name in _contexts.Keys)
        {
            var before = previous.FirstOrDefault(t => t.Name == name);
            var after = FindSettings(name);
            if (before is null || after is null || !SameSettings(before, after))
            {
                _contexts.TryRemove(name, out _);
                released.Add(name);
            }
        }

        return released;
    }

    /// <summary>
    /// Applies a change that another node made and announced: reads the settings again and releases
    /// the tenant's activated context, so that its next request activates it with the new settings
    /// and features. Nothing is announced again.
    /// </summary>
    public async Task ApplyRemoteChangeAsync(string name, CancellationToken cancellationToken = default)
    {
        _settings = await store.LoadAllAsync(cancellationToken);
        _contexts.TryRemove(name, out _);
    }

    public async Task SaveSettingsAsync(TenantSettings settings, CancellationToken cancellationToken = default)
    {
        await store.SaveAsync(settings, cancellationToken);
        _settings = await store.LoadAllAsync(cancellationToken);
        _contexts.TryRemove(settings.Name, out _);
        await RaiseChangedAsync(settings.Name);
    }

    public async Task RemoveSettingsAsync(string name, CancellationToken cancellationToken = default)
    {
        await store.RemoveAsync(name, cancellationToken);
        _settings = await store.LoadAllAsync(cancellationToken);
        _contexts.TryRemove(name, out _);
        await RaiseChangedAsync(name);
    }

    /// <summary>Excludes the other nodes from changing tenants until the handle is disposed (see <see cref="ITenantSettingsStore.LockChangesAsync"/>).</summary>
    public Task<IAsyncDisposable> LockChangesAsync(CancellationToken cancellationToken = default) =>
        store.LockChangesAsync(cancellationToken);

    /// <summary>Forgets the activated context of a tenant so that the next use activates it again (after a feature change).</summary>
    public async Task ReleaseAsync(string name)
    {
        _contexts.TryRemove(name, out _);

        // A feature change leaves the settings as they are: the version bump is what other nodes compare.
        await store.TouchAsync(name);
        await RaiseChangedAsync(name);
    }

    public Task<TenantContext> GetOrActivateAsync(TenantSettings settings)
    {
        var lazy = _contexts.GetOrAdd(settings.Name,
            _ => new Lazy<Task<TenantContext>>(() => ActivateAsync(settings), LazyThreadSafetyMode.ExecutionAndPublication));

        return AwaitActivationAsync(settings.Name, lazy);
    }

    /// <summary>
    /// Opens a service scope bound to a tenant, for work outside a request. The tenant need not be
    /// running: setup uses a scope on an uninitialized tenant with only the always-enabled features.
    /// </summary>
    public async Task<TenantScope> CreateScopeAsync(string name)
    {
        var settings = FindSettings(name)
            ?? throw new InvalidOperationException($"Tenant '{name}' does not exist.");

        var context = settings.State == TenantState.Running
            ? await GetOrActivateAsync(settings)
            : new TenantContext(settings, catalogue.WithDependencies(catalogue.AlwaysEnabled.Select(f => f.Id)));

        return TenantScope.Create(scopeFactory, context);
    }

    private async Task<TenantContext> AwaitActivationAsync(string name, Lazy<Task<TenantContext>> lazy)
    {
        try
        {
            return await lazy.Value;
        }
        catch
        {
            // A failed activation must not stick: the next request tries again.
            _contexts.TryRemove(new KeyValuePair<string, Lazy<Task<TenantContext>>>(name, lazy));
            throw;
        }
    }

    private async Task<TenantContext> ActivateAsync(TenantSettings settings)
    {
        var started = System.Diagnostics.Stopwatch.GetTimestamp();
        var alwaysEnabled = catalogue.WithDependencies(catalogue.AlwaysEnabled.Select(f => f.Id));

        // Two nodes may activate the tenant at the same moment: one migrates, the other waits and finds nothing pending.
        await using var migrationHandle = await migrationLock.AcquireAsync(settings);
        await using var scope = TenantScope.Create(scopeFactory, new TenantContext(settings, alwaysEnabled));
        var migrations = scope.ServiceProvider.GetRequiredService<DataMigrationManager>();
        await migrations.UpdateAsync(alwaysEnabled);

        var document = await scope.ServiceProvider.GetRequiredService<IDocumentStore>().GetAsync<FeaturesDocument>();
        var known = document.Enabled.Where(id => catalogue.Find(id) is not null).ToList();
        foreach (var unknown in document.Enabled.Except(known))
        {
            logger.LogWarning("Tenant {Tenant} has feature {FeatureId} enabled, but no module declares it; it is ignored", settings.Name, unknown);
        }

        var enabled = catalogue.WithDependencies(known.Concat(alwaysEnabled));
        await migrations.UpdateAsync(enabled);

        logger.LogInformation("Tenant {Tenant} activated with {FeatureCount} features in {ElapsedMs} ms",
            settings.Name, enabled.Count, System.Diagnostics.Stopwatch.GetElapsedTime(started).TotalMilliseconds);
        return new TenantContext(settings, enabled);
    }

    /// <summary>Compares settings by value: record equality compares the host names list by reference.</summary>
    private static bool SameSettings(TenantSettings before, TenantSettings after) =>
        before.RequestUrlHosts.SequenceEqual(after.RequestUrlHosts, StringComparer.Ordinal)
        && before with { RequestUrlHosts = Array.Empty<string>() } == after with { RequestUrlHosts = Array.Empty<string>() };

    private async Task RaiseChangedAsync(string name)
    {
        foreach (var notifier in notifiers)
        {
            await notifier.NotifyAsync(name);
        }

        if (TenantChanged is { } handlers)
        {
            foreach (var handler in handlers.GetInvocationList().Cast<Func<string, Task>>())
            {
                await handler(name);
            }
        }
    }
}
