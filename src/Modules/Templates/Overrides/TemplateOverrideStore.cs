using ApprenantAgile.Platform.Caching;
using ApprenantAgile.Platform.Documents;
using ApprenantAgile.Platform.Liquid;
using ApprenantAgile.Platform.Modules;
using ApprenantAgile.Platform.Tenants;
using Microsoft.Extensions.Logging;

namespace ApprenantAgile.Templates.Overrides;

/// <summary>
/// Lists the shipped templates and saves or removes the current tenant's overrides of them. Only
/// templates that a theme or module ships can be overridden, and a save checks the source first.
/// </summary>
public sealed class TemplateOverrideStore(
    IDocumentStore documents,
    TemplateOverrideCache cache,
    TemplateChecker checker,
    CompositeLiquidTemplateProvider providers,
    FeatureCatalogue features,
    TenantCacheSignal pageCacheSignal,
    ITenantAccessor tenantAccessor,
    ILogger<TemplateOverrideStore> logger)
{
    public async Task<IReadOnlyList<ShippedTemplate>> ListAsync(CancellationToken cancellationToken)
    {
        var overrides = await documents.GetAsync<TemplateOverridesDocument>(cancellationToken);
        var overridden = new HashSet<string>(overrides.Templates.Keys, StringComparer.OrdinalIgnoreCase);

        return ShippedDescriptors()
            .Select(descriptor => new ShippedTemplate(descriptor.Name, ModuleNameOf(descriptor), overridden.Contains(descriptor.Name)))
            .ToArray();
    }

    /// <summary>Returns the shipped template of that name (case-insensitive), or null when no theme or module ships it.</summary>
    public async Task<ShippedTemplate?> FindAsync(string name, CancellationToken cancellationToken) =>
        (await ListAsync(cancellationToken)).FirstOrDefault(t => string.Equals(t.Name, name, StringComparison.OrdinalIgnoreCase));

    /// <summary>Returns the tenant's override source, or null when the shipped version is in use.</summary>
    public async Task<string?> GetOverrideAsync(string name, CancellationToken cancellationToken)
    {
        var overrides = await documents.GetAsync<TemplateOverridesDocument>(cancellationToken);
        return overrides.Templates.TryGetValue(name, out var stored) ? stored.Source : null;
    }

    /// <summary>Returns the source the theme or module ships, ignoring this tenant's override.</summary>
    public async Task<string?> GetShippedSourceAsync(string name, CancellationToken cancellationToken)
    {
        foreach (var provider in providers.Providers.Where(p => p is not TenantTemplateOverrideProvider))
        {
            if (await provider.GetTemplateSourceAsync(name, cancellationToken) is { } source)
            {
                return source;
            }
        }

        return null;
    }

    /// <summary>Checks <paramref name="source"/> and, when it parses and renders, saves it as the tenant's version of <paramref name="template"/>.</summary>
    public async Task<TemplateCheckResult> SaveAsync(ShippedTemplate template, string source, string? userName, CancellationToken cancellationToken)
    {
        var check = await checker.CheckAsync(template.Name, source, cancellationToken);
        if (!check.Succeeded)
        {
            logger.LogInformation("Override of template {TemplateName} on tenant {Tenant} rejected: {Error}",
                template.Name, tenantAccessor.Current.Name, check.ErrorMessage);
            return check;
        }

        var overrides = await documents.GetAsync<TemplateOverridesDocument>(cancellationToken);
        var stored = new Dictionary<string, TemplateOverride>(overrides.Templates, StringComparer.OrdinalIgnoreCase)
        {
            [template.Name] = new TemplateOverride { Source = source, ModifiedUtc = DateTime.UtcNow, ModifiedBy = userName },
        };
        overrides.Templates = stored;
        await documents.SaveAsync(overrides, cancellationToken);
        DropCachedOverrides();

        logger.LogInformation("Template {TemplateName} overridden on tenant {Tenant} by {UserName}", template.Name, tenantAccessor.Current.Name, userName);
        return check;
    }

    /// <summary>Removes the tenant's override, so pages use the shipped template again. Returns false when there was none.</summary>
    public async Task<bool> ResetAsync(ShippedTemplate template, string? userName, CancellationToken cancellationToken)
    {
        var overrides = await documents.GetAsync<TemplateOverridesDocument>(cancellationToken);
        var stored = new Dictionary<string, TemplateOverride>(overrides.Templates, StringComparer.OrdinalIgnoreCase);
        if (!stored.Remove(template.Name))
        {
            return false;
        }

        overrides.Templates = stored;
        await documents.SaveAsync(overrides, cancellationToken);
        DropCachedOverrides();

        logger.LogInformation("Template {TemplateName} reset to the shipped version on tenant {Tenant} by {UserName}", template.Name, tenantAccessor.Current.Name, userName);
        return true;
    }

    /// <summary>
    /// Drops the tenant's cached override sources, then its cached pages. The document save already expired the
    /// pages, but a page rendered with the old override between that save and this call could have been stored.
    /// </summary>
    private void DropCachedOverrides()
    {
        cache.Invalidate(tenantAccessor.Current.Name);
        pageCacheSignal.Signal(tenantAccessor.Current.Name);
    }

    private IEnumerable<LiquidTemplateDescriptor> ShippedDescriptors() =>
        providers.Providers
            .OfType<EmbeddedLiquidTemplateProvider>()
            .SelectMany(provider => provider.Templates)
            .DistinctBy(descriptor => descriptor.Name, StringComparer.OrdinalIgnoreCase)
            .OrderBy(descriptor => descriptor.Name, StringComparer.OrdinalIgnoreCase);

    private string ModuleNameOf(LiquidTemplateDescriptor descriptor) =>
        features.Features.FirstOrDefault(f => f.Assembly == descriptor.Assembly && f.Id == f.ModuleId)?.Name
            ?? descriptor.Assembly.GetName().Name
            ?? "";
}
