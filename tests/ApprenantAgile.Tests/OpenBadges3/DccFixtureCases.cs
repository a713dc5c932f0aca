namespace ApprenantAgile.Tests.OpenBadges3;

/// <summary>
/// What the platform's verifier must report for each Digital Credentials Consortium fixture
/// (Fixtures/OpenBadges3/dcc/credentials). Every fixture is listed; <see cref="DccFixtureVerificationTests"/>
/// fails when a fixture file has no case here. The outcomes follow the fixture names and the expectations of
/// the upstream verifier-core tests.
/// </summary>
/// <param name="File">Path under Fixtures/OpenBadges3/dcc/credentials.</param>
/// <param name="Outcome">Valid, Expired, Revoked or Invalid (the JSON "outcome" of POST /ob3/verify).</param>
/// <param name="SignatureValid">Whether the proof must be reported as valid.</param>
/// <param name="Problem">Start of the French problem message for Invalid outcomes; null when none is expected.</param>
/// <param name="Offline">How the fixture is checked without the internet: which saved copy the test handler serves, or why none is needed.</param>
public sealed record DccFixtureCase(string File, string Outcome, bool SignatureValid, string? Problem, string Offline)
{
    public const string SignatureProblem = "La signature ne correspond pas";
    public const string UnknownKeyProblem = "La clé de signature de l’émetteur est introuvable";
    public const string MalformedProblem = "Le badge n’est pas une attestation bien formée";
    public const string StatusProblem = "La liste de révocation de l’émetteur n’a pas pu être lue";

    private const string DidKeyOnly = "did:key: key derived offline; no status list";
    private const string DidKeyAndList = "did:key: key derived offline; status list served from dcc/status-list-e5WK8CbZ1GjycuPombrj.json";

    public static readonly IReadOnlyList<DccFixtureCase> All =
    [
        new("eddsa/v2/safeModeBreaker.json", "Invalid", false, MalformedProblem, "Rejected before any fetch: JSON-LD safe mode fails on terms its contexts do not define"),
        new("eddsa/v2/v2EddsaWithValidStatus.json", "Valid", true, null, DidKeyAndList),
        new("eddsaAndEd25519/v2/v2DoubleSigWithBadStatusUrl.json", "Invalid", true, StatusProblem, "did:key; its status list URL (e5VK…) does not exist upstream, and the test handler answers 404 as GitHub does"),
        new("eddsaAndEd25519/v2/v2DoubleSigWithValidStatus.json", "Valid", true, null, DidKeyAndList),
        // NOTE: not confirmed as a passing fixture. @digitalbazaar/vc 7 with the same offline contexts (tests/interop-ob3/verify.mjs)
        // also rejects its eddsa-rdfc-2022 proof with "Invalid signature", so the proof set cannot verify.
        new("v1/testVC.json", "Invalid", false, SignatureProblem, DidKeyOnly + "; its eddsa-rdfc-2022 proof fails with @digitalbazaar/vc too"),
        new("v1/v1Expired.json", "Expired", true, null, DidKeyOnly),
        new("v1/v1ExpiredWithValidStatus.json", "Expired", true, null, DidKeyAndList),
        new("v1/v1NoStatus.json", "Valid", true, null, DidKeyOnly),
        new("v1/v1OBv3SpecExample.json", "Valid", true, null, DidKeyOnly),
        new("v1/v1Revoked.json", "Revoked", true, null, DidKeyAndList),
        new("v1/v1RevokedAndExpired.json", "Revoked", true, null, DidKeyAndList),
        new("v1/v1SimpleIssuerId.json", "Valid", true, null, DidKeyOnly),
        new("v1/v1WithValidStatus.json", "Valid", true, null, DidKeyAndList),
        new("v2/didWeb/v2WithBadDidWeb.json", "Invalid", false, UnknownKeyProblem, "did:web whose document does not exist upstream; the test handler answers 404 as GitHub Pages does"),
        new("v2/didWeb/v2didWebMultikeyWithValidStatus.json", "Valid", true, null, "did:web document served from dcc/did-web/dcc-did-web-multikey.did.json; status list from the saved copy"),
        new("v2/didWeb/v2didWebWithValidStatus.json", "Valid", true, null, "did:web document served from dcc/did-web/dcc-did-web.did.json (the key of the fixture's time; upstream rotated it since); status list from the saved copy"),
        new("v2/v2Expired.json", "Expired", true, null, DidKeyOnly),
        new("v2/v2ExpiredWithValidStatus.json", "Expired", true, null, DidKeyAndList),
        new("v2/v2NoStatus.json", "Valid", true, null, DidKeyOnly),
        new("v2/v2OBv3SpecExample.json", "Valid", true, null, DidKeyOnly),
        new("v2/v2Revoked.json", "Revoked", true, null, DidKeyAndList),
        new("v2/v2RevokedAndExpired.json", "Revoked", true, null, DidKeyAndList),
        new("v2/v2SimpleIssuerId.json", "Valid", true, null, DidKeyOnly),
        new("v2/v2WithValidStatus.json", "Valid", true, null, DidKeyAndList),
    ];

    public override string ToString() => File;
}
