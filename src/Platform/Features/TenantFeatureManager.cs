using ApprenantAgile.Platform.Data.Migrations;
using ApprenantAgile.Platform.Documents;
using ApprenantAgile.Platform.Modules;
using ApprenantAgile.Platform.Tenants;
using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Logging;

namespace ApprenantAgile.Platform.Features;

/// <summary>
/// Enables and disables features on the current tenant. Enabling a feature enables what it depends
/// on and runs its migrations; disabling one that an enabled feature needs is rejected.
/// </summary>
public sealed class TenantFeatureManager(
    IDocumentStore documents,
    DataMigrationManager migrations,
    FeatureCatalogue catalogue,
    ITenantAccessor tenantAccessor,
    TenantHost host,
    IEnumerable<IFeatureEventHandler> featureEventHandlers,
    IStringLocalizer<TenantFeatureManager> localizer,
    ILogger<TenantFeatureManager> logger)
{
    public async Task<IReadOnlySet<string>> GetEnabledAsync(CancellationToken cancellationToken = default)
    {
        var document = await documents.GetAsync<FeaturesDocument>(cancellationToken);
        var known = document.Enabled.Where(id => catalogue.Find(id) is not null);
        return catalogue.WithDependencies(known.Concat(catalogue.AlwaysEnabled.Select(f => f.Id)));
    }

    public async Task<FeatureChangeResult> EnableAsync(IEnumerable<string> featureIds, CancellationToken cancellationToken = default)
    {
        var tenant = tenantAccessor.Current.Settings;
        var requested = featureIds.ToList();
        var errors = new List<string>();

        foreach (var id in requested.Where(id => catalogue.Find(id) is null))
        {
            errors.Add(localizer["The feature \"{0}\" does not exist.", id]);
        }

        if (errors.Count > 0)
        {
            return new FeatureChangeResult(errors);
        }

        var toEnable = catalogue.WithDependencies(requested);
        foreach (var id in toEnable.Where(id => catalogue.Find(id)!.DefaultTenantOnly && !tenant.IsDefault))
        {
            errors.Add(localizer["The feature \"{0}\" is reserved for the national tenant.", catalogue.Find(id)!.Name]);
        }

        if (errors.Count > 0)
        {
            return new FeatureChangeResult(errors);
        }

        var enabled = await GetEnabledAsync(cancellationToken);
        var added = toEnable.Except(enabled).ToList();
        if (added.Count == 0)
        {
            return FeatureChangeResult.Success;
        }

        await migrations.UpdateAsync(enabled.Concat(added), cancellationToken);
        await SaveAsync(enabled.Concat(added), cancellationToken);
        foreach (var handler in featureEventHandlers)
        {
            await handler.EnabledAsync(added, cancellationToken);
        }

        logger.LogInformation("Tenant {Tenant}: features {FeatureIds} enabled", tenant.Name, added);
        await host.ReleaseAsync(tenant.Name);
        return FeatureChangeResult.Success;
    }

    public async Task<FeatureChangeResult> DisableAsync(IEnumerable<string> featureIds, CancellationToken cancellationToken = default)
    {
        var tenant = tenantAccessor.Current.Settings;
        var enabled = await GetEnabledAsync(cancellationToken);
        var toDisable = featureIds.Where(enabled.Contains).ToHashSet(StringComparer.Ordinal);
        var errors = new List<string>();

        foreach (var id in toDisable)
        {
            var feature = catalogue.Find(id)!;
            if (feature.IsAlwaysEnabled)
            {
                errors.Add(localizer["The feature \"{0}\" is essential to the platform and cannot be disabled.", feature.Name]);
                continue;
            }

            var dependents = catalogue.DependentsOf(id, enabled).Where(d => !toDisable.Contains(d)).ToList();
            if (dependents.Count > 0)
            {
                var names = string.Join(", ", dependents.Select(d => catalogue.Find(d)!.Name));
                errors.Add(localizer["The feature \"{0}\" cannot be disabled because these enabled features need it: {1}. Disable them first.", feature.Name, names]);
            }
        }

        if (errors.Count > 0)
        {
            return new FeatureChangeResult(errors);
        }

        if (toDisable.Count == 0)
        {
            return FeatureChangeResult.Success;
        }

        await SaveAsync(enabled.Except(toDisable), cancellationToken);
        logger.LogInformation("Tenant {Tenant}: features {FeatureIds} disabled", tenant.Name, toDisable);
        await host.ReleaseAsync(tenant.Name);
        return FeatureChangeResult.Success;
    }

    private Task SaveAsync(IEnumerable<string> enabled, CancellationToken cancellationToken) =>
        documents.SaveAsync(new FeaturesDocument { Enabled = enabled.Order(StringComparer.Ordinal).ToList() }, cancellationToken);
}
