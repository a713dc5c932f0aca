using System.Text.Json.Nodes;

namespace ApprenantAgile.Tests.OpenBadges3.Loopback;

/// <summary>
/// The Digital Credentials Consortium's @digitalcredentials/verifier-core (tests/interop-ob3/verify-core.mjs) on
/// credentials of a centre served by Kestrel on 127.0.0.1. verifier-core takes no document loader: its own loads a
/// verification method id as it is, fragment ignored. The platform names each key by a URL without fragment,
/// /ob3/keys/{keyId}, which serves the Multikey document, so verifier-core reaches the key, then checks that the
/// issuer document allows it for assertionMethod, and reads the revocation status list, signed by the same key.
/// </summary>
[Collection(LoopbackCentreCollection.Name)]
public sealed class VerifierCoreHttpTests(LoopbackCentre centre)
{
    private const string InvalidSignature = "invalid_signature: The signature is not valid.";

    [Fact]
    public async Task Key_url_loads_as_multikey_with_verifier_core_loader()
    {
        var method = VerificationMethod(await centre.GetCredentialAsync(await centre.IssueAsync("core-cle@exemple.fr")));

        var lookup = await NpmVerifiers.VerifierCoreKeyLookupAsync(method);

        Assert.StartsWith(centre.BaseUrl + "/ob3/keys/", method);
        Assert.Equal(method, lookup["documentId"]!.GetValue<string>());
        Assert.Equal("Multikey", lookup["type"]!.GetValue<string>());
        Assert.True(lookup["publicKeyMultibase"]!.GetValue<bool>(), lookup.ToJsonString());
    }

    [Fact]
    public async Task Issued_credential_verifies_over_http()
    {
        var url = await centre.IssueAsync("core-http@exemple.fr");

        var result = await NpmVerifiers.VerifierCoreAsync(url);

        Assert.True(result["signature"]!.GetValue<bool>(), result.ToJsonString());
        Assert.True(result["expiration"]!.GetValue<bool>(), result.ToJsonString());
        Assert.True(result["revocation"]!.GetValue<bool>(), result.ToJsonString());
        Assert.Empty(Errors(result));
    }

    [Fact]
    public async Task Tampered_credential_fails()
    {
        var credential = await centre.GetCredentialAsync(await centre.IssueAsync("core-modifie@exemple.fr"));
        credential["name"] = "Badge inventé";

        var result = await NpmVerifiers.VerifierCoreAsync(credential);

        Assert.NotEqual(true, result["signature"]?.GetValue<bool>());
        Assert.Equal([InvalidSignature], Errors(result));
    }

    [Fact]
    public async Task Revoked_credential_is_reported_revoked()
    {
        var url = await centre.IssueAsync("core-revoque@exemple.fr");
        await centre.RevokeAsync(url);

        var result = await NpmVerifiers.VerifierCoreAsync(url);

        Assert.True(result["signature"]!.GetValue<bool>(), result.ToJsonString());
        Assert.False(result["revocation"]!.GetValue<bool>(), result.ToJsonString());
    }

    [Fact]
    public async Task Credential_issued_before_rotation_verifies_after_it()
    {
        var before = await centre.IssueAsync("core-avant-rotation@exemple.fr");
        var oldMethod = VerificationMethod(await centre.GetCredentialAsync(before));
        await centre.RotateEd25519KeyAsync();
        var newMethod = VerificationMethod(await centre.GetCredentialAsync(await centre.IssueAsync("core-apres-rotation@exemple.fr")));

        var result = await NpmVerifiers.VerifierCoreAsync(before);

        Assert.NotEqual(oldMethod, newMethod);
        Assert.True(result["signature"]!.GetValue<bool>(), result.ToJsonString());
        Assert.True(result["revocation"]!.GetValue<bool>(), result.ToJsonString());
        Assert.Empty(Errors(result));
    }

    private static string VerificationMethod(JsonObject credential) => credential["proof"]![0]!["verificationMethod"]!.GetValue<string>();

    private static string[] Errors(JsonObject result) => result["errors"]!.AsArray().Select(e => e!.GetValue<string>()).ToArray();
}
