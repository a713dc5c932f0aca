using System.Text.Json.Nodes;
using ApprenantAgile.Tests.JsonLd;

namespace ApprenantAgile.Tests.OpenBadges3;

/// <summary>
/// Runs @digitalcredentials/verifier-core (tests/interop-ob3/verify-core.mjs) on did:key fixtures without a status
/// list, so that it needs no network: its document loader resolves did:key and bundled contexts offline.
/// </summary>
public sealed class VerifierCoreInteropTests
{
    [Fact]
    public async Task Verifier_core_accepts_valid_fixture()
    {
        var result = await VerifyAsync(OpenBadges3Fixtures.ReadObject("dcc/credentials/v2/v2NoStatus.json"));

        Assert.True(result["signature"]!.GetValue<bool>(), result.ToJsonString());
        Assert.True(result["expiration"]!.GetValue<bool>(), result.ToJsonString());
        Assert.Empty(result["errors"]!.AsArray());
    }

    [Fact]
    public async Task Verifier_core_reports_expired_fixture()
    {
        var result = await VerifyAsync(OpenBadges3Fixtures.ReadObject("dcc/credentials/v2/v2Expired.json"));

        Assert.True(result["signature"]!.GetValue<bool>(), result.ToJsonString());
        Assert.False(result["expiration"]!.GetValue<bool>(), result.ToJsonString());
    }

    [Fact]
    public async Task Verifier_core_rejects_tampered_fixture()
    {
        var credential = OpenBadges3Fixtures.ReadObject("dcc/credentials/v2/v2NoStatus.json");
        credential["name"] = "Badge inventé";

        var result = await VerifyAsync(credential);

        Assert.NotEqual(true, result["signature"]?.GetValue<bool>());
        Assert.Contains(result["errors"]!.AsArray(), e => e!.GetValue<string>().StartsWith("invalid_signature", StringComparison.Ordinal));
    }

    private static Task<JsonObject> VerifyAsync(JsonObject credential) => NpmVerifiers.VerifierCoreAsync(credential);
}
