using System.Security.Cryptography;
using System.Text.Json;
using System.Text.Json.Nodes;
using ApprenantAgile.Badges.Abstractions;
using ApprenantAgile.Badges.Assertions;
using ApprenantAgile.Badges.DataIntegrity;
using ApprenantAgile.Badges.Issuing;
using ApprenantAgile.Badges.JsonLd;
using ApprenantAgile.Badges.OpenBadges;
using ApprenantAgile.Badges.OpenBadges.V3;
using ApprenantAgile.Badges.OpenBadges.V3.Jwt;
using ApprenantAgile.Badges.Signing;
using ApprenantAgile.Platform.Configuration;
using ApprenantAgile.Platform.Tenants;
using BenchmarkDotNet.Attributes;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Options;
using NSec.Cryptography;

namespace ApprenantAgile.Benchmarks;

/// <summary>
/// Signs and verifies one OpenBadgeCredential as the platform issues it (embedded issuer and achievement,
/// three rubric levels, one evidence entry, a status entry) with eddsa-rdfc-2022: JSON-LD expansion in
/// safe mode, RDFC-1.0, SHA-256 and Ed25519. It also secures the same credential as a VC-JWT (RS256 with a
/// 2048-bit RSA key, the key size of the issuer key ring) and verifies it with the claim checks.
/// No database or HTTP: only the cost of the proof or of the JWS.
/// </summary>
[MemoryDiagnoser]
public class Ob3ProofBenchmark
{
    private readonly EddsaRdfc2022 _suite = new(new EmbeddedContextLoader());
    private Key _key = null!;
    private JsonObject _unsigned = null!;
    private JsonObject _signed = null!;
    private string _method = null!;
    private RSA _rsa = null!;
    private string _jwt = null!;

    [GlobalSetup]
    public void Setup()
    {
        _key = Key.Create(SignatureAlgorithm.Ed25519);
        var urls = CreateUrls();
        _method = urls.VerificationMethod("benchmark");
        _unsigned = new OpenBadgeCredentialBuilder(urls).Build(CreateAssertion(), CreateBadgeClass(), CreateIssuer(), statusListIndex: 4242);
        _signed = SignAsync().GetAwaiter().GetResult();
        _rsa = RSA.Create(2048);
        _jwt = SignJwt();
    }

    [GlobalCleanup]
    public void Cleanup()
    {
        _key.Dispose();
        _rsa.Dispose();
    }

    [Benchmark]
    public Task<JsonObject> SignAsync() => _suite.CreateProofAsync(_unsigned, _key, _method, DateTime.UtcNow);

    [Benchmark]
    public async Task<bool> VerifyAsync()
    {
        var result = await _suite.VerifyAsync(_signed, id => id == _method ? _key.PublicKey : null);
        return result.Verified ? true : throw new InvalidOperationException("The benchmark credential did not verify: " + result.FailureReason);
    }

    /// <summary>Builds the VC-JWT payload (credential plus registered claims) and signs it RS256.</summary>
    [Benchmark]
    public string SignJwt() =>
        RsaJws.Sign(JsonSerializer.SerializeToUtf8Bytes(VcJwtClaims.BuildPayload(_unsigned), Ob3Json.Options), _rsa, "https://bench.example/ob3/jwks#benchmark", VcJwt.HeaderType);

    /// <summary>Checks the RS256 signature, parses the payload and compares the registered claims with the credential.</summary>
    [Benchmark]
    public bool VerifyJwt()
    {
        var result = RsaJws.Verify(_jwt, _rsa);
        var payload = result.IsValid ? JsonNode.Parse(result.Payload)!.AsObject() : null;
        return payload is not null && VcJwtClaims.FindMismatch(payload) is null
            ? true
            : throw new InvalidOperationException("The benchmark VC-JWT did not verify: " + result.Reason);
    }

    private static Ob3Urls CreateUrls()
    {
        var accessor = new TenantAccessor();
        accessor.Set(new TenantContext(new TenantSettings { Name = "bench", RequestUrlHosts = ["bench.example"] }, []));
        return new Ob3Urls(new Ob2Urls(accessor, Options.Create(new PlatformOptions()), new HttpContextAccessor()));
    }

    private static BadgeClassInfo CreateBadgeClass() => new()
    {
        Id = "bench-class",
        Slug = "numerique-batisseur",
        Name = "Numérique — Bâtisseur",
        Description = "Utilise les outils numériques dans sa vie quotidienne.",
        CriteriaNarrative = "A réalisé une démarche en ligne et l’a expliquée.",
        Family = "numerique",
        Level = "batisseur",
        Alignments = [new BadgeAlignment("Compétence numérique", new Uri("https://example.org/kc4"), null, "Compétences clés européennes", "KC4")],
        Tags = ["numérique"],
        CatalogueVersion = "2026.1",
        ImagePath = "/badges/images/numerique-batisseur",
    };

    private static IssuerProfileInfo CreateIssuer() => new("APP de Lyon", new Uri("https://bench.example/"), "contact@bench.example", null, null);

    private static AssertionIndex CreateAssertion()
    {
        var recipient = RecipientIdentity.Create("emilie.lefevre@exemple.fr");
        var badgeClass = CreateBadgeClass();
        return new AssertionIndex
        {
            AssertionId = "0123456789abcdef0123456789abcdef",
            BadgeClassId = badgeClass.Id,
            RecipientHash = recipient.Identity,
            RecipientSalt = recipient.Salt,
            ProtectedRecipientEmail = "",
            RecipientLookup = "",
            RecipientName = "Émilie Lefèvre",
            IssuedUtc = new DateTime(2026, 3, 14, 9, 26, 53, DateTimeKind.Utc),
            ExpiresUtc = new DateTime(2028, 3, 14, 9, 26, 53, DateTimeKind.Utc),
            SourceKey = "bench",
            EvidenceJson = BadgeClassSnapshot.SerializeEvidence([new EvidenceItem("Compte rendu", null, "Présenté au groupe.", new Uri("https://bench.example/preuves/1"))]),
            BadgeClassSnapshotJson = BadgeClassSnapshot.Serialize(badgeClass),
            CatalogueVersion = badgeClass.CatalogueVersion,
        };
    }
}
