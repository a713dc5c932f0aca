using ApprenantAgile.Tests.OpenBadges3;
using ApprenantAgile.Tests.OpenBadges3.Loopback;

namespace ApprenantAgile.Tests.Endorsements;

/// <summary>
/// Digital Bazaar's verifier (tests/interop-ob3/verify-issued.mjs) checks an endorsement that the national tenant
/// signed about a centre's class, served by Kestrel on 127.0.0.1: node fetches the endorsement, the national key
/// URL, the national issuer document and the endorsement status list over HTTP from that server only.
/// </summary>
[Collection(LoopbackCentreCollection.Name)]
public sealed class EndorsementNpmInteropTests(LoopbackCentre centre)
{
    private const string Comment = "Référence nationale pour l’accompagnement numérique.";

    [Fact]
    public async Task Npm_verifies_endorsement()
    {
        var url = await centre.EndorseOtherClassAsync(Comment);

        var result = await NpmVerifiers.DigitalBazaarAsync(centre.Factory.Origin, url);

        Assert.True(result["verified"]!.GetValue<bool>(), result.ToJsonString());
        Assert.False(result["revoked"]!.GetValue<bool>());
    }

    [Fact]
    public async Task Npm_rejects_tampered_endorsement()
    {
        var endorsement = await centre.GetCredentialAsync(await centre.EndorseOtherClassAsync(Comment));
        endorsement["credentialSubject"]!["id"] = $"{centre.Factory.Origin}/autre-centre/ob3/issuer";

        var result = await NpmVerifiers.DigitalBazaarAsync(centre.Factory.Origin, endorsement);

        Assert.False(result["verified"]!.GetValue<bool>());
        Assert.Contains("Invalid signature", result["error"]!.GetValue<string>());
    }

    [Fact]
    public async Task Npm_reports_withdrawn_endorsement()
    {
        var url = await centre.EndorseOtherClassAsync(Comment);
        await centre.WithdrawEndorsementAsync(url);

        var result = await NpmVerifiers.DigitalBazaarAsync(centre.Factory.Origin, url);

        Assert.False(result["verified"]!.GetValue<bool>());
        Assert.True(result["revoked"]!.GetValue<bool>(), result.ToJsonString());
    }
}
