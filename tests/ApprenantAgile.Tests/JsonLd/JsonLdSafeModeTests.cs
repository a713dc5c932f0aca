using System.Text.Json.Nodes;
using ApprenantAgile.Badges.JsonLd;
using Xunit;

namespace ApprenantAgile.Tests.JsonLd;

public sealed class JsonLdSafeModeTests
{
    private const string EndorsementJwtCase = "vc2 + 3.0.3 + endorsementJwt: [] on achievement";

    public static TheoryData<string> CaseNames()
    {
        var data = new TheoryData<string>();
        foreach (var testCase in Cases())
        {
            data.Add(testCase["name"]!.GetValue<string>());
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(CaseNames))]
    public void Expand_SafeModeCase_MatchesExpectedOutcome(string name)
    {
        var testCase = Cases().Single(c => c["name"]!.GetValue<string>() == name);
        var expectedOutcome = testCase["expectedSafeModeExpansion"]!.GetValue<string>();
        var options = new JsonLdOptions(new EmbeddedContextLoader()) { SafeMode = true };

        var exception = Record.Exception(() => JsonLdProcessor.ToRdf(testCase["document"]!, options));

        // The endorsementJwt outcome reads "FAIL with 3.0.3 as published ...; OK with the 2026 revision".
        if (expectedOutcome.StartsWith("FAIL", StringComparison.Ordinal))
        {
            var jsonLdException = Assert.IsType<JsonLdException>(exception);
            Assert.NotEmpty(jsonLdException.Message);
        }
        else
        {
            Assert.Equal("OK", expectedOutcome);
            Assert.Null(exception);
        }
    }

    [Fact]
    public void Expand_EndorsementJwtWith2026Revision_Succeeds()
    {
        var testCase = Cases().Single(c => c["name"]!.GetValue<string>() == EndorsementJwtCase);
        var options = new JsonLdOptions(new EmbeddedContextLoader(Ob303Revision.Revision2026July)) { SafeMode = true };

        var dataset = JsonLdProcessor.ToRdf(testCase["document"]!, options);

        Assert.NotEmpty(dataset.Quads);
    }

    [Fact]
    public void Expand_UndefinedProperty_ErrorNamesTerm()
    {
        var document = Credential();
        document["awardedDate"] = "2024-01-01T00:00:00Z";
        var options = new JsonLdOptions(new EmbeddedContextLoader(Ob303Revision.Published)) { SafeMode = true };
        document["@context"] = new JsonArray("https://www.w3.org/ns/credentials/v2", "https://purl.imsglobal.org/spec/ob/v3p0/context-3.0.2.json");

        var exception = Assert.Throws<JsonLdException>(() => JsonLdProcessor.Expand(document, options));

        Assert.Equal(JsonLdErrorCodes.SafeModeViolation, exception.Code);
        Assert.Contains("'awardedDate'", exception.Message);
    }

    [Fact]
    public void Expand_UndefinedPropertyWithoutSafeMode_DropsIt()
    {
        var document = Credential();
        document["notATerm"] = "x";
        var options = new JsonLdOptions(new EmbeddedContextLoader());

        var expanded = JsonLdProcessor.Expand(document, options);

        Assert.DoesNotContain("notATerm", expanded.ToJsonString());
    }

    [Fact]
    public void Expand_UndefinedType_ErrorNamesType()
    {
        var document = Credential();
        document["credentialSchema"] = new JsonObject { ["id"] = "https://example.org/schema.json", ["type"] = "1EdTechJsonSchemaValidator2019" };
        var options = new JsonLdOptions(new EmbeddedContextLoader()) { SafeMode = true };

        var exception = Assert.Throws<JsonLdException>(() => JsonLdProcessor.Expand(document, options));

        Assert.Equal(JsonLdErrorCodes.SafeModeViolation, exception.Code);
        Assert.Contains("'1EdTechJsonSchemaValidator2019'", exception.Message);
    }

    [Fact]
    public void ToRdf_RelativeIdInSafeMode_Fails()
    {
        var document = Credential();
        document["id"] = "credentials/3527";
        var options = new JsonLdOptions(new EmbeddedContextLoader()) { SafeMode = true };

        var exception = Assert.Throws<JsonLdException>(() => JsonLdProcessor.ToRdf(document, options));

        Assert.Contains("'credentials/3527'", exception.Message);
    }

    [Fact]
    public void ToRdf_RelativeIdWithBase_Resolves()
    {
        var document = Credential();
        document["id"] = "credentials/3527";
        var options = new JsonLdOptions(new EmbeddedContextLoader()) { SafeMode = true, Base = "https://example.org/a/b" };

        var dataset = JsonLdProcessor.ToRdf(document, options);

        Assert.Contains(dataset.Quads, q => q.Subject.Value == "https://example.org/a/credentials/3527");
    }

    [Fact]
    public void Expand_VcV2ThenOb300_ProtectedTermRedefinition()
    {
        var document = Credential();
        document["@context"] = new JsonArray("https://www.w3.org/ns/credentials/v2", "https://purl.imsglobal.org/spec/ob/v3p0/context.json");
        var options = new JsonLdOptions(new EmbeddedContextLoader());

        var exception = Assert.Throws<JsonLdException>(() => JsonLdProcessor.Expand(document, options));

        Assert.Equal(JsonLdErrorCodes.ProtectedTermRedefinition, exception.Code);
    }

    [Fact]
    public void Expand_UnknownContextUrl_FailsWithoutNetwork()
    {
        var document = Credential();
        document["@context"] = new JsonArray("https://www.w3.org/ns/credentials/v2", "https://example.org/unknown-context.json");
        var options = new JsonLdOptions(new EmbeddedContextLoader());

        var exception = Assert.Throws<JsonLdException>(() => JsonLdProcessor.Expand(document, options));

        Assert.Equal(JsonLdErrorCodes.LoadingRemoteContextFailed, exception.Code);
        Assert.Contains("https://example.org/unknown-context.json", exception.Message);
        Assert.Contains("never uses the network", exception.Message);
    }

    public static TheoryData<string> ExampleFiles()
    {
        var data = new TheoryData<string>();
        foreach (var file in OpenBadges3Fixtures.ExampleFiles)
        {
            data.Add(file);
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(ExampleFiles))]
    public void ToRdf_SpecExample_PassesSafeMode(string file)
    {
        var document = OpenBadges3Fixtures.ReadObject(Path.Combine("examples", file));
        document.Remove("proof");
        var options = new JsonLdOptions(new EmbeddedContextLoader()) { SafeMode = true };

        var dataset = JsonLdProcessor.ToRdf(document, options);

        Assert.Contains(dataset.Quads, q => q.Predicate.Value == "http://www.w3.org/1999/02/22-rdf-syntax-ns#type"
            && q.Object.Value.StartsWith("https://www.w3.org/2018/credentials#VerifiableCredential", StringComparison.Ordinal));
    }

    private static JsonObject Credential()
    {
        return OpenBadges3Fixtures.SigningVector["unsignedCredential"]!.DeepClone().AsObject();
    }

    private static IEnumerable<JsonObject> Cases()
    {
        return OpenBadges3Fixtures.ReadObject("jsonld-safe-mode-cases.json")["cases"]!.AsArray().Select(c => c!.AsObject());
    }
}
