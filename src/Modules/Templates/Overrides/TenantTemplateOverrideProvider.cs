using ApprenantAgile.Platform.Documents;
using ApprenantAgile.Platform.Liquid;
using ApprenantAgile.Platform.Tenants;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;

namespace ApprenantAgile.Templates.Overrides;

/// <summary>
/// Returns the current tenant's override of a template, queried before the themes' and modules'
/// embedded templates. It returns overrides only where the Templates feature is enabled, so disabling the
/// feature brings back the shipped templates without deleting the overrides.
/// </summary>
public sealed class TenantTemplateOverrideProvider(
    IHttpContextAccessor httpContextAccessor,
    IServiceScopeFactory scopeFactory,
    TemplateOverrideCache cache) : ILiquidTemplateProvider
{
    /// <summary>Order in the provider chain: before every provider that keeps the default order 0.</summary>
    public const int DefaultOrder = -100;

    public int Order => DefaultOrder;

    public async ValueTask<string?> GetTemplateSourceAsync(string name, CancellationToken cancellationToken = default)
    {
        var httpContext = httpContextAccessor.HttpContext;
        var tenant = AmbientTenant.Current ?? httpContext?.Features.Get<TenantContext>();
        if (tenant is null || !tenant.IsFeatureEnabled(TemplatesFeature.Id))
        {
            return null;
        }

        var overrides = await cache.GetOrLoadAsync(tenant, token => LoadAsync(tenant, httpContext, token), cancellationToken);
        return overrides.GetValueOrDefault(name);
    }

    private async Task<IReadOnlyDictionary<string, string>> LoadAsync(TenantContext tenant, HttpContext? httpContext, CancellationToken cancellationToken)
    {
        // Reuse the request's database connection when the request belongs to this tenant.
        if (httpContext is not null && ReferenceEquals(httpContext.Features.Get<TenantContext>(), tenant))
        {
            return await ReadAsync(httpContext.RequestServices.GetRequiredService<IDocumentStore>(), cancellationToken);
        }

        await using var scope = TenantScope.Create(scopeFactory, tenant);
        return await ReadAsync(scope.ServiceProvider.GetRequiredService<IDocumentStore>(), cancellationToken);
    }

    private static async Task<IReadOnlyDictionary<string, string>> ReadAsync(IDocumentStore documents, CancellationToken cancellationToken)
    {
        var document = await documents.GetAsync<TemplateOverridesDocument>(cancellationToken);
        return document.Templates.ToDictionary(entry => entry.Key, entry => entry.Value.Source, StringComparer.OrdinalIgnoreCase);
    }
}
