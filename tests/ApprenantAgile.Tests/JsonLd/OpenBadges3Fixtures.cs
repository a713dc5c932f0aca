using System.Text.Json.Nodes;

namespace ApprenantAgile.Tests.JsonLd;

/// <summary>Reads the files under Fixtures/OpenBadges3 (copied to the test output folder).</summary>
internal static class OpenBadges3Fixtures
{
    public static string PathOf(string relativePath) =>
        Path.Combine(AppContext.BaseDirectory, "Fixtures", "OpenBadges3", relativePath);

    public static string ReadText(string relativePath) => File.ReadAllText(PathOf(relativePath));

    public static JsonObject ReadObject(string relativePath) =>
        JsonNode.Parse(ReadText(relativePath))!.AsObject();

    /// <summary>The eddsa-rdfc-2022 signing test vector of the Open Badges 3.0 specification.</summary>
    public static JsonObject SigningVector => ReadObject("ob3-eddsa-rdfc-2022.signing.json");

    public static IEnumerable<string> ExampleFiles =>
        Directory.GetFiles(PathOf("examples"), "*.json").Select(Path.GetFileName).Order(StringComparer.Ordinal)!;
}
