using System.Text.Json.Nodes;

namespace ApprenantAgile.Tests.OpenBadges3.Loopback;

/// <summary>
/// Digital Bazaar's @digitalbazaar/vc with @digitalbazaar/eddsa-rdfc-2022-cryptosuite (tests/interop-ob3/verify-issued.mjs)
/// verifies credentials of a centre served by Kestrel on 127.0.0.1. Node fetches the credential, the key URL that
/// the proof names, the issuer's controller document and the status list over HTTP from that server only; contexts
/// are bundled.
/// </summary>
[Collection(LoopbackCentreCollection.Name)]
public sealed class DigitalBazaarHttpTests(LoopbackCentre centre)
{
    [Fact]
    public async Task Issued_credential_verifies_over_http()
    {
        var url = await centre.IssueAsync("db-http@exemple.fr");
        var method = VerificationMethod(await centre.GetCredentialAsync(url));

        var result = await NpmVerifiers.DigitalBazaarAsync(centre.Factory.Origin, url);

        Assert.True(result["verified"]!.GetValue<bool>(), result.ToJsonString());
        Assert.Equal([url, method, centre.IssuerId, centre.StatusListUrl], Fetched(result));
    }

    [Fact]
    public async Task Tampered_credential_fails()
    {
        var credential = await centre.GetCredentialAsync(await centre.IssueAsync("db-modifie@exemple.fr"));
        credential["name"] = "Badge inventé";

        var result = await NpmVerifiers.DigitalBazaarAsync(centre.Factory.Origin, credential);

        Assert.False(result["verified"]!.GetValue<bool>());
        Assert.Contains("Invalid signature", result["error"]!.GetValue<string>());
    }

    [Fact]
    public async Task Revoked_credential_is_reported_revoked()
    {
        var url = await centre.IssueAsync("db-revoque@exemple.fr");
        await centre.RevokeAsync(url);

        var result = await NpmVerifiers.DigitalBazaarAsync(centre.Factory.Origin, url);

        Assert.True(result["revoked"]!.GetValue<bool>(), result.ToJsonString());
        Assert.False(result["verified"]!.GetValue<bool>());
    }

    [Fact]
    public async Task Credential_issued_before_rotation_verifies_after_it()
    {
        var before = await centre.IssueAsync("db-avant-rotation@exemple.fr");
        var oldMethod = VerificationMethod(await centre.GetCredentialAsync(before));
        await centre.RotateEd25519KeyAsync();
        var newMethod = VerificationMethod(await centre.GetCredentialAsync(await centre.IssueAsync("db-apres-rotation@exemple.fr")));

        var result = await NpmVerifiers.DigitalBazaarAsync(centre.Factory.Origin, before);

        Assert.NotEqual(oldMethod, newMethod);
        Assert.True(result["verified"]!.GetValue<bool>(), result.ToJsonString());
    }

    [Fact]
    public async Task Loader_rejects_other_hosts()
    {
        var credential = await centre.GetCredentialAsync(await centre.IssueAsync("db-autre-hote@exemple.fr"));
        credential["proof"]![0]!["verificationMethod"] = "https://emetteur.example.org/ob3/keys/1";

        var result = await NpmVerifiers.DigitalBazaarAsync(centre.Factory.Origin, credential);

        Assert.False(result["verified"]!.GetValue<bool>());
        Assert.Contains("Rejected https://emetteur.example.org/ob3/keys/1", result["error"]!.GetValue<string>());
    }

    private static string VerificationMethod(JsonObject credential) => credential["proof"]![0]!["verificationMethod"]!.GetValue<string>();

    private static string[] Fetched(JsonObject result) => result["fetched"]!.AsArray().Select(u => u!.GetValue<string>()).ToArray();
}
