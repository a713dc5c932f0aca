using System.Text.Json;
using System.Text.Json.Nodes;
using ApprenantAgile.Badges.OpenBadges.V2;

namespace ApprenantAgile.Tests.Badges;

public sealed class Ob2DocumentTests
{
    // Required properties per class, from the OB 2.0 specification (issuer: as the 1EdTech validator checks them).
    public static TheoryData<string, string[]> RequiredProperties => new()
    {
        { "Issuer", ["@context", "type", "id", "name", "url", "email"] },
        { "BadgeClass", ["@context", "type", "id", "name", "description", "image", "criteria", "issuer"] },
        { "Assertion", ["@context", "type", "id", "recipient", "badge", "verification", "issuedOn"] },
        { "SignedAssertion", ["@context", "type", "id", "recipient", "badge", "verification", "issuedOn"] },
        { "CryptographicKey", ["@context", "type", "id", "owner", "publicKeyPem"] },
        { "RevocationList", ["@context", "type", "id", "issuer", "revokedAssertions"] },
    };

    private static JsonObject Build(string name) => name switch
    {
        "Issuer" => Ob2DocumentSamples.Issuer.ToJson(),
        "BadgeClass" => Ob2DocumentSamples.BadgeClass.ToJson(),
        "Assertion" => Ob2DocumentSamples.Assertion.ToJson(),
        "SignedAssertion" => Ob2DocumentSamples.SignedAssertion.ToJson(),
        "RevokedAssertion" => Ob2DocumentSamples.RevokedAssertion.ToJson(),
        "CryptographicKey" => Ob2DocumentSamples.CryptographicKey.ToJson(),
        "RevocationList" => Ob2DocumentSamples.RevocationList.ToJson(),
        _ => throw new ArgumentOutOfRangeException(nameof(name), name, "No sample with this name."),
    };

    [Theory]
    [MemberData(nameof(RequiredProperties))]
    public void Document_has_required_properties(string sample, string[] required)
    {
        var document = Build(sample);

        foreach (var property in required)
        {
            Assert.True(document[property] is not null, $"{sample} is missing the required property '{property}': {document.ToJsonString()}");
        }

        Assert.Equal(OpenBadgesV2.ContextUrl, document["@context"]!.GetValue<string>());
    }

    [Fact]
    public void Assertion_recipient_is_hashed_email()
    {
        var recipient = Build("Assertion")["recipient"]!.AsObject();

        Assert.Equal("email", recipient["type"]!.GetValue<string>());
        Assert.True(recipient["hashed"]!.GetValue<bool>());
        Assert.Matches("^sha256\\$[0-9a-f]{64}$", recipient["identity"]!.GetValue<string>());
        Assert.False(string.IsNullOrEmpty(recipient["salt"]!.GetValue<string>()));
    }

    [Fact]
    public void Assertion_dates_carry_offset()
    {
        var document = Build("Assertion");

        Assert.Equal("2026-03-01T09:30:00+01:00", document["issuedOn"]!.GetValue<string>());
        Assert.Equal("2029-03-01T09:30:00+01:00", document["expires"]!.GetValue<string>());
    }

    [Fact]
    public void Signed_assertion_names_creator()
    {
        var verification = Build("SignedAssertion")["verification"]!.AsObject();

        Assert.Equal("signed", verification["type"]!.GetValue<string>());
        Assert.Equal("https://badges.example.fr/keys/k1.json", verification["creator"]!.GetValue<string>());
    }

    [Fact]
    public void Revoked_assertion_has_reason()
    {
        var document = Build("RevokedAssertion");

        Assert.True(document["revoked"]!.GetValue<bool>());
        Assert.Equal("Délivré par erreur.", document["revocationReason"]!.GetValue<string>());
    }

    [Theory]
    [InlineData("Issuer")]
    [InlineData("Assertion")]
    [InlineData("CryptographicKey")]
    [InlineData("RevocationList")]
    public void Document_covers_spec_example_properties(string type)
    {
        // Every top-level property of the spec's example for this class must be one that our builder writes.
        using var examples = JsonDocument.Parse(File.ReadAllText(NodeInterop.FixturePath("spec-examples.json")));
        var example = examples.RootElement.EnumerateArray()
            .Where(e => e.TryGetProperty("json", out var json) && json.TryGetProperty("type", out var t) && t.GetString() == type)
            .Select(e => e.GetProperty("json"))
            .First();
        var document = Build(type);

        foreach (var property in example.EnumerateObject())
        {
            Assert.True(document[property.Name] is not null, $"The spec example of {type} has '{property.Name}', which our document lacks: {document.ToJsonString()}");
        }
    }

    [Fact]
    public void Criteria_without_id_or_narrative_throws()
    {
        var badge = Ob2DocumentSamples.BadgeClass with { Criteria = new Criteria(null, " ") };

        var error = Assert.Throws<ArgumentException>(() => badge.ToJson());
        Assert.Contains("criteria", error.Message);
    }

    [Fact]
    public void Relative_iri_throws_naming_property()
    {
        var badge = Ob2DocumentSamples.BadgeClass with { Image = new Uri("badge.png", UriKind.Relative) };

        var error = Assert.Throws<ArgumentException>(() => badge.ToJson());
        Assert.Contains("'image'", error.Message);
    }

    [Fact]
    public async Task Documents_expand_with_jsonld_safe_mode()
    {
        string[] samples = ["Issuer", "BadgeClass", "Assertion", "SignedAssertion", "RevokedAssertion", "CryptographicKey", "RevocationList"];
        var documents = new JsonArray(samples.Select(s => (JsonNode)Build(s)).ToArray());
        var input = Path.Combine(Path.GetTempPath(), $"aa-ob2-{Guid.NewGuid():N}.json");
        await File.WriteAllTextAsync(input, documents.ToJsonString());

        try
        {
            var context = $"{OpenBadgesV2.ContextUrl}={NodeInterop.FixturePath("context-v2.json")}";
            var (exitCode, output, error) = await NodeInterop.RunAsync("expand-jsonld.js", input, context);
            Assert.True(exitCode == 0, error);

            var results = JsonNode.Parse(output)!.AsArray();
            Assert.Equal(samples.Length, results.Count);
            for (var i = 0; i < samples.Length; i++)
            {
                Assert.True(results[i]!["ok"]!.GetValue<bool>(), $"{samples[i]} failed JSON-LD expansion: {results[i]!["error"]}");
            }

            var expandedAssertion = results[2]!["expanded"]![0]!;
            Assert.Equal("https://w3id.org/openbadges#Assertion", expandedAssertion["@type"]![0]!.GetValue<string>());
            Assert.NotNull(expandedAssertion["https://w3id.org/openbadges#recipient"]);
        }
        finally
        {
            File.Delete(input);
        }
    }
}
