using System.Text.Json.Nodes;
using ApprenantAgile.Badges.Abstractions;
using ApprenantAgile.Badges.JsonLd;
using ApprenantAgile.Badges.OpenBadges;
using ApprenantAgile.Badges.OpenBadges.V3;

namespace ApprenantAgile.Tests.OpenBadges3;

public sealed class OpenBadgeCredentialBuilderTests
{
    private const string Cred = "https://www.w3.org/2018/credentials#";
    private const string Ob = "https://purl.imsglobal.org/spec/vc/ob/vocab.html#";

    private static readonly EvidenceItem[] RichEvidence =
    [
        new("Compte rendu", "Compte rendu de l’atelier", "Préparé puis présenté au groupe.", new Uri("https://app-lyon.example/preuves/1"), "Document"),
        new(null, null, "Témoignage de la formatrice.", null),
    ];

    public static TheoryData<string> Schemas() => new(Ob3Schemas.All);

    [Theory]
    [MemberData(nameof(Schemas))]
    public void Credential_validates_against_schema(string schemaFile)
    {
        var credential = Build(RichEvidence);

        var errors = Ob3Schemas.Errors(schemaFile, credential);

        Assert.True(errors.Count == 0, string.Join("\n", errors) + "\n" + credential.ToJsonString());
    }

    [Theory]
    [MemberData(nameof(Schemas))]
    public void Minimal_credential_validates_against_schema(string schemaFile)
    {
        var badgeClass = Ob3TestData.BadgeClass() with { Family = null, Level = null, Alignments = [], Tags = [], CatalogueVersion = null };
        var credential = new OpenBadgeCredentialBuilder(Ob3TestData.Urls())
            .Build(Ob3TestData.Assertion(badgeClass, recipientName: null), badgeClass, Ob3TestData.Issuer(), statusListIndex: null);

        var errors = Ob3Schemas.Errors(schemaFile, credential);

        Assert.True(errors.Count == 0, string.Join("\n", errors) + "\n" + credential.ToJsonString());
    }

    [Fact]
    public void Schema_rejects_single_type_string()
    {
        var credential = Build(RichEvidence);
        credential["type"] = OpenBadgesV3.OpenBadgeCredentialType;

        Assert.NotEmpty(Ob3Schemas.Errors(Ob3Schemas.Strict, credential));
    }

    [Fact]
    public void Credential_has_exact_contexts_and_types()
    {
        var credential = Build(RichEvidence);

        Assert.Equal("[\"https://www.w3.org/ns/credentials/v2\",\"https://purl.imsglobal.org/spec/ob/v3p0/context-3.0.3.json\"]", credential["@context"]!.ToJsonString());
        Assert.Equal("[\"VerifiableCredential\",\"OpenBadgeCredential\"]", credential["type"]!.ToJsonString());
        Assert.Equal("https://app-lyon.example/ob3/credentials/0123456789abcdef0123456789abcdef", credential["id"]!.GetValue<string>());
        Assert.False(credential.ContainsKey("issuanceDate"));
    }

    [Fact]
    public void Dates_are_utc_seconds_with_z()
    {
        var credential = Build(RichEvidence);

        Assert.Equal("2026-03-14T09:26:53Z", credential["validFrom"]!.GetValue<string>());
        Assert.Equal("2028-03-14T09:26:53Z", credential["validUntil"]!.GetValue<string>());
    }

    [Fact]
    public void Email_identity_matches_hash_rules()
    {
        var credential = Build(RichEvidence);
        var identity = credential["credentialSubject"]!["identifier"]!.AsArray()
            .Single(i => i!["identityType"]!.GetValue<string>() == "emailAddress")!;

        Assert.True(identity["hashed"]!.GetValue<bool>());
        Assert.True(RecipientIdentity.Verify(" emilie.lefevre@exemple.fr", identity["identityHash"]!.GetValue<string>(), identity["salt"]!.GetValue<string>()));
    }

    [Fact]
    public void Level_is_rubric_result()
    {
        var credential = Build(RichEvidence);
        var achievement = credential["credentialSubject"]!["achievement"]!;
        var description = achievement["resultDescription"]![0]!;
        var result = credential["credentialSubject"]!["result"]![0]!;

        Assert.Equal(["Explorateur", "Bâtisseur", "Architecte"], description["rubricCriterionLevel"]!.AsArray().Select(l => l!["name"]!.GetValue<string>()));
        Assert.Equal(description["id"]!.GetValue<string>(), result["resultDescription"]!.GetValue<string>());
        Assert.EndsWith("#niveau-batisseur", result["achievedLevel"]!.GetValue<string>());
        Assert.Equal("numerique", achievement["fieldOfStudy"]!.GetValue<string>());
    }

    [Fact]
    public void Evidence_entries_have_evidence_type()
    {
        var credential = Build(RichEvidence);
        var evidence = credential["evidence"]!.AsArray();

        Assert.Equal(2, evidence.Count);
        Assert.All(evidence, e => Assert.Equal("[\"Evidence\"]", e!["type"]!.ToJsonString()));
        Assert.Equal("https://app-lyon.example/preuves/1", evidence[0]!["id"]!.GetValue<string>());
        Assert.False(evidence[1]!.AsObject().ContainsKey("id"));
    }

    [Fact]
    public void Credential_has_no_null_or_empty_array()
    {
        var badgeClass = Ob3TestData.BadgeClass() with { Alignments = [], Tags = [] };
        var credential = new OpenBadgeCredentialBuilder(Ob3TestData.Urls())
            .Build(Ob3TestData.Assertion(badgeClass, recipientName: null), badgeClass, Ob3TestData.Issuer() with { Description = null }, statusListIndex: null);

        var problems = Descendants(credential).Where(n => n.Node is null || n.Node is JsonArray { Count: 0 }).Select(n => n.Path).ToList();

        Assert.True(problems.Count == 0, "Null or empty: " + string.Join(", ", problems));
        Assert.False(credential.ContainsKey("evidence"));
    }

    [Fact]
    public void Credential_expands_in_safe_mode()
    {
        var credential = Build(RichEvidence);
        var options = new JsonLdOptions(new EmbeddedContextLoader()) { SafeMode = true };

        var expanded = JsonLdProcessor.Expand(credential, options);

        var types = expanded[0]!["@type"]!.AsArray().Select(t => t!.GetValue<string>()).ToList();
        Assert.Contains(Cred + "VerifiableCredential", types);
        Assert.Contains(Ob + "OpenBadgeCredential", types);
    }

    [Fact]
    public void Status_entry_points_at_tenant_list()
    {
        var credential = Build(RichEvidence, statusListIndex: 4242);
        var status = credential["credentialStatus"]!;

        Assert.Equal("BitstringStatusListEntry", status["type"]!.GetValue<string>());
        Assert.Equal("4242", status["statusListIndex"]!.GetValue<string>());
        Assert.Equal("revocation", status["statusPurpose"]!.GetValue<string>());
        Assert.Equal("https://app-lyon.example/ob3/status/revocation", status["statusListCredential"]!.GetValue<string>());
    }

    private static JsonObject Build(IReadOnlyList<EvidenceItem> evidence, int? statusListIndex = 17)
    {
        var badgeClass = Ob3TestData.BadgeClass();
        return new OpenBadgeCredentialBuilder(Ob3TestData.Urls())
            .Build(Ob3TestData.Assertion(badgeClass, evidence), badgeClass, Ob3TestData.Issuer(), statusListIndex);
    }

    private static IEnumerable<(string Path, JsonNode? Node)> Descendants(JsonNode? node, string path = "$")
    {
        yield return (path, node);
        var children = node switch
        {
            JsonObject obj => obj.Select(p => ($"{path}.{p.Key}", p.Value)),
            JsonArray array => array.Select((item, i) => ($"{path}[{i}]", item)),
            _ => [],
        };
        foreach (var (childPath, child) in children)
        {
            foreach (var descendant in Descendants(child, childPath))
            {
                yield return descendant;
            }
        }
    }
}
