using System.Text.Json;
using System.Text.Json.Nodes;
using ApprenantAgile.Tests.JsonLd;
using Json.Schema;

namespace ApprenantAgile.Tests.OpenBadges3;

/// <summary>
/// Validates credentials against the two saved 1EdTech AchievementCredential JSON schemas (see
/// Fixtures/OpenBadges3/SOURCES.md): the strict one, which requires arrays for every 0..* property,
/// and the JSON-LD compaction one.
/// </summary>
internal static class Ob3Schemas
{
    public const string Strict = "schema/ob_v3p0_achievementcredential_schema.strict.json";
    public const string Compaction = "schema/ob_v3p0_achievementcredential_schema.jsonld-compaction.json";

    public static readonly string[] All = [Strict, Compaction];

    /// <summary>Returns one line per schema error ("instance location: message"), none when the credential is valid.</summary>
    public static IReadOnlyList<string> Errors(string schemaFile, JsonObject credential) =>
        Evaluate(OpenBadges3Fixtures.ReadText(schemaFile), credential);

    /// <summary>
    /// Validates an EndorsementCredential against the <c>EndorsementCredential</c> definition of <paramref name="schemaFile"/>:
    /// the same definition that the schema applies to every <c>endorsement</c> entry of an Achievement or a Profile.
    /// </summary>
    public static IReadOnlyList<string> EndorsementErrors(string schemaFile, JsonObject credential)
    {
        var achievementSchema = JsonNode.Parse(OpenBadges3Fixtures.ReadText(schemaFile))!.AsObject();
        var endorsementSchema = new JsonObject
        {
            ["$schema"] = achievementSchema["$schema"]!.DeepClone(),
            ["$id"] = "urn:test:ob3:endorsementcredential",
            ["$ref"] = "#/$defs/EndorsementCredential",
            ["$defs"] = achievementSchema["$defs"]!.DeepClone(),
        };
        return Evaluate(endorsementSchema.ToJsonString(), credential);
    }

    private static IReadOnlyList<string> Evaluate(string schemaText, JsonObject credential)
    {
        // Each schema gets its own registry, because both files declare the same $id.
        var buildOptions = new BuildOptions { SchemaRegistry = new SchemaRegistry() };
        var schema = JsonSchema.FromText(schemaText, buildOptions);

        using var instance = JsonDocument.Parse(credential.ToJsonString());
        var results = schema.Evaluate(instance.RootElement, new EvaluationOptions { OutputFormat = OutputFormat.List, RequireFormatValidation = true });
        if (results.IsValid)
        {
            return [];
        }

        return (results.Details ?? [])
            .Where(detail => detail.Errors is { Count: > 0 })
            .SelectMany(detail => detail.Errors!.Select(error => $"{detail.InstanceLocation}: {error.Key}: {error.Value}"))
            .DefaultIfEmpty("the schema rejected the credential without details")
            .ToList();
    }
}
