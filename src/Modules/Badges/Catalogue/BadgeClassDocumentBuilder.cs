using System.Text.Json.Nodes;
using ApprenantAgile.Badges.BadgeClasses;
using ApprenantAgile.Badges.OpenBadges.V2;
using ApprenantAgile.Platform.Users.Emails;

namespace ApprenantAgile.Badges.Catalogue;

/// <summary>
/// Builds the OB 2.0 BadgeClass JSON-LD of the current tenant's classes, with absolute URLs of
/// that tenant and the catalogue extension. The catalogue endpoint, the per-class document and
/// the in-process national source all use it, so they return the same JSON.
/// </summary>
public sealed class BadgeClassDocumentBuilder(TenantUrlBuilder urls)
{
    public JsonObject Build(StoredBadgeClass stored)
    {
        var part = stored.Part;
        var badgeClass = new BadgeClass(
            new Uri(urls.Build(CatalogueUrls.BadgeClassJson(part.Slug))),
            stored.Name,
            part.Description,
            new Uri(urls.Build(CatalogueUrls.Image(part.Slug, part.ImageFile?.EndsWith(".svg", StringComparison.Ordinal) == true ? "svg" : "png"))),
            new Criteria(new Uri(urls.Build(CatalogueUrls.BadgePage(part.Slug))), part.CriteriaNarrative),
            new Uri(urls.Build(CatalogueUrls.IssuerProfile)))
        {
            Alignment = part.Alignments.Select(a => new Alignment(a.TargetName, a.TargetUrl)
            {
                TargetDescription = a.TargetDescription,
                TargetFramework = a.TargetFramework,
                TargetCode = a.TargetCode,
            }).ToList(),
            Tags = part.Tags,
        };

        var document = badgeClass.ToJson();
        document[CatalogueExtension.PropertyName] = BuildExtension(stored);
        return document;
    }

    private JsonObject BuildExtension(StoredBadgeClass stored)
    {
        var part = stored.Part;
        var extension = new JsonObject
        {
            ["@context"] = urls.Build(CatalogueUrls.ExtensionContext),
            ["type"] = new JsonArray("Extension", CatalogueExtension.TypeName),
            ["slug"] = part.Slug,
            ["nationalId"] = part.NationalBadgeClassId ?? stored.Item.ContentItemId,
        };
        AddIfPresent(extension, "family", part.Family);
        AddIfPresent(extension, "level", part.Level);
        AddIfPresent(extension, "audience", part.Audience);
        AddIfPresent(extension, "expectedEvidence", part.ExpectedEvidence);
        AddIfPresent(extension, "catalogueVersion", part.CatalogueVersion);
        if (part.ValidityMonths is { } months)
        {
            extension["validityMonths"] = months;
        }

        return extension;
    }

    private static void AddIfPresent(JsonObject node, string name, string? value)
    {
        if (!string.IsNullOrWhiteSpace(value))
        {
            node[name] = value;
        }
    }
}
