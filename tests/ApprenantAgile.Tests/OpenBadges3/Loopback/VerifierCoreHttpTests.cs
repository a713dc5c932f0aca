using System.Globalization;
using System.Text.Json.Nodes;
using ApprenantAgile.Badges.DataIntegrity;
using NSec.Cryptography;

namespace ApprenantAgile.Tests.OpenBadges3.Loopback;

/// <summary>
/// The Digital Credentials Consortium's @digitalcredentials/verifier-core (tests/interop-ob3/verify-core.mjs) on
/// credentials of a centre served by Kestrel on 127.0.0.1.
/// <para>
/// verifier-core cannot verify the platform's proofs. It builds its own document loader and takes none, and that
/// loader returns the whole fetched document for a URL with a fragment: for the method <c>{issuer}#key-…</c> it hands
/// the issuer's controller document to the cryptosuite as if it were the key. Only <c>did:key</c> and <c>did:web</c>
/// method ids, resolved by its DID resolvers, reach a key. The tests below show that cause, then verify the
/// platform's credential, signed by the platform's cryptosuite under a <c>did:key</c>, to show that the rest of
/// verifier-core's checks accept it.
/// </para>
/// </summary>
[Collection(LoopbackCentreCollection.Name)]
public sealed class VerifierCoreHttpTests(LoopbackCentre centre)
{
    [Fact]
    public async Task Issuer_key_id_resolves_to_controller_document()
    {
        var credential = await centre.GetCredentialAsync(await centre.IssueAsync("core-cle@exemple.fr"));
        var method = credential["proof"]![0]!["verificationMethod"]!.GetValue<string>();

        var lookup = await NpmVerifiers.VerifierCoreKeyLookupAsync(method);
        var result = await NpmVerifiers.VerifierCoreAsync(credential);

        Assert.Equal(centre.IssuerId, lookup["documentId"]!.GetValue<string>());
        Assert.False(lookup["publicKeyMultibase"]!.GetValue<bool>());
        Assert.Equal(["invalid_signature: The signature is not valid."], Errors(result));
    }

    [Fact]
    public async Task Platform_credential_under_did_key_verifies()
    {
        var credential = await SignWithDidKeyAsync(await IssuedBodyAsync("core-didkey@exemple.fr"), validUntil: DateTime.UtcNow.AddYears(1));

        var result = await NpmVerifiers.VerifierCoreAsync(credential);

        Assert.True(result["signature"]!.GetValue<bool>(), result.ToJsonString());
        Assert.True(result["expiration"]!.GetValue<bool>(), result.ToJsonString());
        Assert.Empty(Errors(result));
    }

    [Fact]
    public async Task Platform_credential_under_did_key_reports_expiry()
    {
        var credential = await SignWithDidKeyAsync(await IssuedBodyAsync("core-expire@exemple.fr"), validUntil: DateTime.UtcNow.AddDays(-1));

        var result = await NpmVerifiers.VerifierCoreAsync(credential);

        Assert.True(result["signature"]!.GetValue<bool>(), result.ToJsonString());
        Assert.False(result["expiration"]!.GetValue<bool>(), result.ToJsonString());
    }

    [Fact]
    public async Task Tampered_credential_under_did_key_fails()
    {
        var credential = await SignWithDidKeyAsync(await IssuedBodyAsync("core-modifie@exemple.fr"), validUntil: DateTime.UtcNow.AddYears(1));
        credential["name"] = "Badge inventé";

        var result = await NpmVerifiers.VerifierCoreAsync(credential);

        Assert.NotEqual(true, result["signature"]?.GetValue<bool>());
        Assert.Equal(["invalid_signature: The signature is not valid."], Errors(result));
    }

    /// <summary>
    /// The credential the platform served for a new badge, without its proof and its status entry: the status list
    /// is signed under the issuer URL, which verifier-core cannot resolve either.
    /// </summary>
    private async Task<JsonObject> IssuedBodyAsync(string email)
    {
        var credential = await centre.GetCredentialAsync(await centre.IssueAsync(email));
        credential.Remove("proof");
        credential.Remove("credentialStatus");
        return credential;
    }

    /// <summary>Makes a did:key the issuer and signs with the platform's eddsa-rdfc-2022 cryptosuite.</summary>
    private static async Task<JsonObject> SignWithDidKeyAsync(JsonObject credential, DateTime validUntil)
    {
        using var key = Key.Create(SignatureAlgorithm.Ed25519);
        var multikey = Multikey.EncodeEd25519PublicKey(key.PublicKey);
        credential["issuer"]!["id"] = "did:key:" + multikey;
        credential["validUntil"] = validUntil.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture);
        return await Ob3Http.Suite.CreateProofAsync(credential, key, $"did:key:{multikey}#{multikey}", DateTime.UtcNow);
    }

    private static string[] Errors(JsonObject result) => result["errors"]!.AsArray().Select(e => e!.GetValue<string>()).ToArray();
}
