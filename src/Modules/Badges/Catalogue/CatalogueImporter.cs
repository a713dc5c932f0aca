using System.Text.Json;
using ApprenantAgile.Badges.Abstractions;
using ApprenantAgile.Badges.BadgeClasses;
using ApprenantAgile.Platform.Contents;
using ApprenantAgile.Platform.Contents.Metadata;
using ApprenantAgile.Platform.Documents;
using ApprenantAgile.Platform.Tenants;
using Microsoft.Extensions.Logging;

namespace ApprenantAgile.Badges.Catalogue;

/// <summary>How many national classes an import created, changed, left as they were and retired.</summary>
public sealed record CatalogueImportResult(string Version, int Created, int Updated, int Unchanged, int Retired);

/// <summary>
/// Writes a national catalogue into the current tenant as published, national BadgeClass items:
/// the national tenant imports it from the recipe, centres from the national JSON catalogue.
/// A changed class gets a new published version (the type is versionable, so the previous texts
/// stay as history); issued assertions keep their own snapshot and are never touched here.
/// </summary>
public sealed class CatalogueImporter(
    BadgeClassStore store,
    IContentManager contentManager,
    IContentDefinitionManager definitions,
    IDocumentStore documents,
    ITenantAccessor tenantAccessor,
    ILogger<CatalogueImporter> logger)
{
    public async Task<CatalogueImportResult> ImportAsync(NationalCatalogue catalogue, CancellationToken cancellationToken)
    {
        await BadgeContentTypes.EnsureDefinedAsync(definitions, cancellationToken);

        int created = 0, updated = 0, unchanged = 0;
        foreach (var badge in catalogue.Badges)
        {
            var part = ToPart(badge, catalogue);
            var existing = await store.FindBySlugAsync(badge.Slug, VersionOptions.Latest, cancellationToken);
            if (existing is null)
            {
                var item = await contentManager.NewAsync(BadgeContentTypes.BadgeClass, cancellationToken);
                part.WriteTo(item, badge.Name);
                await contentManager.CreateAsync(item, VersionOptions.Published, cancellationToken);
                created++;
                continue;
            }

            if (!existing.Part.IsNational)
            {
                throw new InvalidOperationException(
                    $"Tenant '{tenantAccessor.Current.Name}' has a local badge class with the slug '{badge.Slug}', which the national catalogue uses. Rename the local class's slug, then import the catalogue again.");
            }

            if (existing.Item.Published && existing.Name == badge.Name && SameJson(existing.Part, part))
            {
                unchanged++;
                continue;
            }

            var draft = await contentManager.GetAsync(existing.Item.ContentItemId, VersionOptions.DraftRequired, cancellationToken)
                ?? throw new InvalidOperationException($"Badge class '{badge.Slug}' ({existing.Item.ContentItemId}) has no version to update.");
            part.WriteTo(draft, badge.Name);
            await contentManager.PublishAsync(draft, cancellationToken);
            updated++;
        }

        var retired = await RetireMissingAsync(catalogue, cancellationToken);
        await SaveDocumentAsync(catalogue, cancellationToken);

        logger.LogInformation(
            "Tenant {Tenant}: national catalogue {Version} imported, {Created} classes created, {Updated} updated, {Unchanged} unchanged, {Retired} retired",
            tenantAccessor.Current.Name, catalogue.Version, created, updated, unchanged, retired);
        return new CatalogueImportResult(catalogue.Version, created, updated, unchanged, retired);
    }

    /// <summary>Unpublishes national classes that the new catalogue no longer lists; their items stay for badges already issued.</summary>
    private async Task<int> RetireMissingAsync(NationalCatalogue catalogue, CancellationToken cancellationToken)
    {
        var slugs = catalogue.Badges.Select(b => b.Slug).ToHashSet(StringComparer.Ordinal);
        var retired = 0;
        foreach (var stored in await store.ListAsync(publishedOnly: true, cancellationToken))
        {
            if (stored.Part.IsNational && !slugs.Contains(stored.Part.Slug))
            {
                await contentManager.UnpublishAsync(stored.Item, cancellationToken);
                retired++;
            }
        }

        return retired;
    }

    private async Task SaveDocumentAsync(NationalCatalogue catalogue, CancellationToken cancellationToken)
    {
        var document = await documents.GetAsync<CatalogueDocument>(cancellationToken);
        document.Version = catalogue.Version;
        document.Framework = catalogue.Framework;
        document.Levels = catalogue.Levels.OrderBy(l => l.Rank).ToList();
        document.Families = catalogue.Families.ToList();
        document.ImportedUtc = DateTime.UtcNow;
        await documents.SaveAsync(document, cancellationToken);
    }

    private static BadgeClassPart ToPart(CatalogueBadge badge, NationalCatalogue catalogue)
    {
        var family = catalogue.Families.FirstOrDefault(f => f.Code == badge.Family);
        return new BadgeClassPart
        {
            Slug = badge.Slug,
            Description = badge.Description,
            CriteriaNarrative = badge.Criteria,
            ExpectedEvidence = badge.ExpectedEvidence,
            Family = badge.Family,
            Level = badge.Level,
            Audience = badge.Audience,
            Alignments = family is null ? [] :
            [
                new BadgeAlignment(family.FrameworkName, catalogue.Framework.Url, family.FrameworkDescription, catalogue.Framework.Name, family.FrameworkCode),
            ],
            Tags = badge.Tags.ToList(),
            ValidityMonths = badge.ValidityMonths,
            CatalogueVersion = catalogue.Version,
            IsNational = true,
            NationalBadgeClassId = badge.NationalBadgeClassId,
        };
    }

    private static bool SameJson(BadgeClassPart left, BadgeClassPart right) =>
        JsonSerializer.Serialize(left) == JsonSerializer.Serialize(right);
}
