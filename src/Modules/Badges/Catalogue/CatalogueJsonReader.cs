using System.Text.Json;
using System.Text.Json.Nodes;

namespace ApprenantAgile.Badges.Catalogue;

/// <summary>Reads a catalogue document built by <see cref="CatalogueJsonBuilder"/> back into a <see cref="NationalCatalogue"/>.</summary>
public static class CatalogueJsonReader
{
    /// <summary>Returns the catalogue, or raises <see cref="InvalidDataException"/> naming the first missing or invalid property.</summary>
    public static NationalCatalogue Read(JsonObject document)
    {
        var version = Text(document, "catalogueVersion", "catalogueVersion")
            ?? throw Invalid("catalogueVersion", "the national site has no catalogue yet; import it there first");
        var framework = document["framework"].Deserialize<CatalogueFramework>(CatalogueJsonBuilder.JsonOptions)
            ?? throw Invalid("framework", "missing");
        var levels = document["levels"].Deserialize<List<CatalogueLevel>>(CatalogueJsonBuilder.JsonOptions) ?? [];
        var families = document["families"].Deserialize<List<CatalogueFamily>>(CatalogueJsonBuilder.JsonOptions) ?? [];

        if (document["badgeClasses"] is not JsonArray classes)
        {
            throw Invalid("badgeClasses", "missing or not an array");
        }

        var badges = new List<CatalogueBadge>(classes.Count);
        for (var index = 0; index < classes.Count; index++)
        {
            badges.Add(ReadBadge(classes[index] as JsonObject ?? throw Invalid($"badgeClasses[{index}]", "not an object"), $"badgeClasses[{index}]"));
        }

        return new NationalCatalogue(version, framework, levels, families, badges);
    }

    private static CatalogueBadge ReadBadge(JsonObject badgeClass, string path)
    {
        var extension = badgeClass[CatalogueExtension.PropertyName] as JsonObject
            ?? throw Invalid($"{path}.{CatalogueExtension.PropertyName}", "missing");
        var criteria = badgeClass["criteria"] as JsonObject ?? throw Invalid($"{path}.criteria", "missing");

        return new CatalogueBadge
        {
            Slug = Required(extension, "slug", $"{path}.{CatalogueExtension.PropertyName}.slug"),
            Name = Required(badgeClass, "name", $"{path}.name"),
            Description = Required(badgeClass, "description", $"{path}.description"),
            Criteria = Required(criteria, "narrative", $"{path}.criteria.narrative"),
            ExpectedEvidence = Text(extension, "expectedEvidence", path),
            Family = Text(extension, "family", path),
            Level = Text(extension, "level", path),
            Audience = Text(extension, "audience", path),
            Tags = badgeClass["tags"] is JsonArray tags ? tags.Select(t => t!.GetValue<string>()).ToList() : [],
            ValidityMonths = extension["validityMonths"]?.GetValue<int>(),
            NationalBadgeClassId = Required(extension, "nationalId", $"{path}.{CatalogueExtension.PropertyName}.nationalId"),
        };
    }

    private static string Required(JsonObject node, string property, string path) =>
        Text(node, property, path) ?? throw Invalid(path, "missing or empty");

    private static string? Text(JsonObject node, string property, string path) =>
        node[property] is JsonValue value && value.TryGetValue<string>(out var text) && !string.IsNullOrWhiteSpace(text) ? text : null;

    private static InvalidDataException Invalid(string path, string problem) =>
        new($"The national catalogue document is invalid at '{path}': {problem}. Check that the national site runs the same version of Apprenant Agile.");
}
