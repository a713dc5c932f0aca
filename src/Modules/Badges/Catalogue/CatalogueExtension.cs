using System.Text.Json.Nodes;

namespace ApprenantAgile.Badges.Catalogue;

/// <summary>
/// The OB 2.0 extension that a catalogue BadgeClass carries under
/// "extensions:ApprenantAgileCatalogue": slug, family, level, audience, expected evidence,
/// validity and catalogue version, which OB 2.0 has no properties for.
/// </summary>
public static class CatalogueExtension
{
    public const string PropertyName = "extensions:ApprenantAgileCatalogue";

    public const string TypeName = "extensions:ApprenantAgileCatalogue";

    private const string Vocabulary = "https://apprenant-agile.fr/ns/catalogue#";

    /// <summary>The JSON-LD context served at <see cref="CatalogueUrls.ExtensionContext"/>.</summary>
    public static JsonObject Context() => new()
    {
        ["@context"] = new JsonObject
        {
            ["aac"] = Vocabulary,
            ["slug"] = "aac:slug",
            ["nationalId"] = "aac:nationalId",
            ["family"] = "aac:family",
            ["level"] = "aac:level",
            ["audience"] = "aac:audience",
            ["expectedEvidence"] = "aac:expectedEvidence",
            ["validityMonths"] = new JsonObject { ["@id"] = "aac:validityMonths", ["@type"] = "http://www.w3.org/2001/XMLSchema#integer" },
            ["catalogueVersion"] = "aac:catalogueVersion",
        },
    };
}
