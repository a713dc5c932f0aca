using ApprenantAgile.Badges.BadgeClasses;
using ApprenantAgile.Platform.Documents;
using ApprenantAgile.Platform.Liquid;
using Microsoft.AspNetCore.Http;

namespace ApprenantAgile.Badges.Catalogue;

/// <summary>
/// Example data for previewing the catalogue templates: the site's own catalogue and, for the badge
/// page, its first published badge class. A catalogue without classes gives an empty map and no badge page sample.
/// </summary>
public sealed class CatalogueTemplateSamples(
    BadgeClassStore store,
    IDocumentStore documents,
    IHttpContextAccessor httpContextAccessor) : ILiquidTemplateSampleProvider
{
    public async ValueTask<LiquidTemplateSample?> GetSampleAsync(string templateName, CancellationToken cancellationToken = default)
    {
        var isMap = string.Equals(templateName, CatalogueTemplates.CatalogueMap, StringComparison.OrdinalIgnoreCase);
        var isBadge = string.Equals(templateName, CatalogueTemplates.BadgePage, StringComparison.OrdinalIgnoreCase);
        if (!isMap && !isBadge)
        {
            return null;
        }

        var pathBase = httpContextAccessor.HttpContext?.Request.PathBase.Value ?? "";
        var catalogue = await documents.GetAsync<CatalogueDocument>(cancellationToken);
        var classes = await store.ListAsync(publishedOnly: true, cancellationToken);
        if (isMap)
        {
            return new LiquidTemplateSample(CatalogueViewModelFactory.Map(catalogue, classes, pathBase));
        }

        return classes.Count == 0 ? null : new LiquidTemplateSample(CatalogueViewModelFactory.Page(catalogue, classes[0], pathBase));
    }
}
