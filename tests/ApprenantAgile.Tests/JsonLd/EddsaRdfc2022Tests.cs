using System.Text.Json.Nodes;
using ApprenantAgile.Badges.DataIntegrity;
using ApprenantAgile.Badges.JsonLd;
using NSec.Cryptography;
using Xunit;

namespace ApprenantAgile.Tests.JsonLd;

public sealed class EddsaRdfc2022Tests
{
    private static readonly JsonObject Vector = OpenBadges3Fixtures.SigningVector;
    private static readonly JsonObject KeyPair = Vector["keyPair"]!.AsObject();
    private static readonly EddsaRdfc2022 Suite = new(new EmbeddedContextLoader());

    [Fact]
    public async Task CreateProof_Vector_ReproducesProofValue()
    {
        using var key = VectorKey();
        var credential = Vector["unsignedCredential"]!.AsObject();

        var secured = await Suite.CreateProofAsync(credential, key, VerificationMethodId, VectorCreated());

        Assert.Equal(Vector["proofValue"]!.GetValue<string>(), secured["proof"]!["proofValue"]!.GetValue<string>());
    }

    [Fact]
    public async Task CreateProof_Vector_ReproducesSignedCredential()
    {
        using var key = VectorKey();
        var credential = Vector["unsignedCredential"]!.AsObject();

        var secured = await Suite.CreateProofAsync(credential, key, VerificationMethodId, VectorCreated());

        Assert.True(JsonNode.DeepEquals(Vector["signedCredential"], secured), secured.ToJsonString());
    }

    [Fact]
    public async Task CreateProof_InputCredential_IsNotModified()
    {
        using var key = VectorKey();
        var credential = Vector["unsignedCredential"]!.DeepClone().AsObject();

        await Suite.CreateProofAsync(credential, key, VerificationMethodId, VectorCreated());

        Assert.False(credential.ContainsKey("proof"));
    }

    [Fact]
    public async Task Verify_VectorSignedCredential_IsTrue()
    {
        var result = await Suite.VerifyAsync(SignedCredential(), VectorPublicKey);

        Assert.True(result.Verified, result.FailureReason);
    }

    [Fact]
    public async Task Verify_OneCharacterChanged_IsFalse()
    {
        var signed = SignedCredential();
        signed["name"] = "Teamwork Badgf";

        var result = await Suite.VerifyAsync(signed, VectorPublicKey);

        Assert.False(result.Verified);
        Assert.Contains("signature does not match", result.FailureReason);
    }

    [Fact]
    public async Task Verify_ProofValueChanged_IsFalse()
    {
        var signed = SignedCredential();
        var proofValue = signed["proof"]!["proofValue"]!.GetValue<string>();
        signed["proof"]!["proofValue"] = proofValue[..^1] + (proofValue[^1] == 'r' ? 's' : 'r');

        var result = await Suite.VerifyAsync(signed, VectorPublicKey);

        Assert.False(result.Verified);
    }

    [Fact]
    public async Task Verify_ProofCreatedChanged_IsFalse()
    {
        var signed = SignedCredential();
        signed["proof"]!["created"] = "2010-01-01T19:23:25Z";

        var result = await Suite.VerifyAsync(signed, VectorPublicKey);

        Assert.False(result.Verified);
    }

    [Fact]
    public async Task Verify_UnknownVerificationMethod_IsFalse()
    {
        var result = await Suite.VerifyAsync(SignedCredential(), _ => null);

        Assert.False(result.Verified);
        Assert.Contains(VerificationMethodId, result.FailureReason);
    }

    [Fact]
    public async Task Verify_NoProof_IsFalse()
    {
        var result = await Suite.VerifyAsync(Vector["unsignedCredential"]!.DeepClone().AsObject(), VectorPublicKey);

        Assert.False(result.Verified);
        Assert.Contains("no proof", result.FailureReason);
    }

    [Fact]
    public async Task Verify_DccCredentialWithDidKey_IsTrue()
    {
        var credential = OpenBadges3Fixtures.ReadObject("dcc/v2EddsaWithValidStatus.json");

        var result = await Suite.VerifyAsync(credential, DidKeyPublicKey);

        Assert.True(result.Verified, result.FailureReason);
    }

    [Fact]
    public async Task Verify_DccSafeModeBreaker_IsFalse()
    {
        var credential = OpenBadges3Fixtures.ReadObject("dcc/safeModeBreaker.json");

        var result = await Suite.VerifyAsync(credential, DidKeyPublicKey);

        Assert.False(result.Verified);
        // Its first undefined term in expansion order is the StatusList2021Entry type of credentialStatus.
        Assert.Contains("'StatusList2021Entry' is not defined by the JSON-LD contexts", result.FailureReason);
    }

    [Fact]
    public void Multikey_VectorPublicKey_EncodesToMultibase()
    {
        var publicKey = Convert.FromHexString(KeyPair["publicKeyHex"]!.GetValue<string>());

        Assert.Equal(KeyPair["publicKeyMultibase"]!.GetValue<string>(), Multikey.EncodeEd25519PublicKey(publicKey));
    }

    [Fact]
    public void Multikey_VectorPublicKey_DecodesToRawBytes()
    {
        var decoded = Multikey.DecodeEd25519PublicKey(KeyPair["publicKeyMultibase"]!.GetValue<string>());

        Assert.Equal(KeyPair["publicKeyHex"]!.GetValue<string>(), Convert.ToHexStringLower(decoded));
    }

    [Fact]
    public void Multikey_VectorSecretKey_EncodesToMultibase()
    {
        using var key = VectorKey();

        Assert.Equal(KeyPair["secretKeyMultibase"]!.GetValue<string>(), Multikey.EncodeEd25519SecretKey(key));
    }

    [Fact]
    public void Multikey_VectorSecretKey_ImportsMatchingPublicKey()
    {
        using var key = Multikey.ImportEd25519SecretKey(KeyPair["secretKeyMultibase"]!.GetValue<string>());

        Assert.Equal(KeyPair["publicKeyMultibase"]!.GetValue<string>(), Multikey.EncodeEd25519PublicKey(key.PublicKey));
    }

    [Fact]
    public void Multikey_SecretKeyGivenAsPublic_IsRejected()
    {
        var exception = Assert.Throws<FormatException>(
            () => Multikey.DecodeEd25519PublicKey(KeyPair["secretKeyMultibase"]!.GetValue<string>()));

        Assert.Contains("0xed01", exception.Message);
    }

    [Theory]
    [InlineData("")]
    [InlineData("00")]
    [InlineData("0000ff")]
    [InlineData("00010203fffefd")]
    public void Base58Btc_RoundTrip_KeepsBytes(string hex)
    {
        var bytes = Convert.FromHexString(hex);

        Assert.Equal(bytes, Base58Btc.Decode(Base58Btc.Encode(bytes)));
    }

    [Fact]
    public void Base58Btc_InvalidCharacter_NamesIt()
    {
        var exception = Assert.Throws<FormatException>(() => Base58Btc.DecodeMultibase("z0OIl"));

        Assert.Contains("'0'", exception.Message);
    }

    private static string VerificationMethodId => KeyPair["verificationMethodId"]!.GetValue<string>();

    private static JsonObject SignedCredential() => Vector["signedCredential"]!.DeepClone().AsObject();

    private static DateTime VectorCreated() =>
        DateTime.Parse(Vector["proofOptions"]!["created"]!.GetValue<string>(), null, System.Globalization.DateTimeStyles.AdjustToUniversal);

    internal static Key VectorKey()
    {
        var secretKey = Convert.FromHexString(KeyPair["secretKeyHex_seedThenPublic"]!.GetValue<string>());
        var parameters = new KeyCreationParameters { ExportPolicy = KeyExportPolicies.AllowPlaintextExport };
        return Key.Import(SignatureAlgorithm.Ed25519, secretKey.AsSpan(0, 32), KeyBlobFormat.RawPrivateKey, in parameters);
    }

    private static PublicKey? VectorPublicKey(string verificationMethodId)
    {
        return verificationMethodId == VerificationMethodId
            ? Multikey.ImportEd25519PublicKey(KeyPair["publicKeyMultibase"]!.GetValue<string>())
            : null;
    }

    /// <summary>Resolves did:key identifiers, whose Multikey is the method-specific id.</summary>
    private static PublicKey? DidKeyPublicKey(string verificationMethodId)
    {
        const string prefix = "did:key:";
        if (!verificationMethodId.StartsWith(prefix, StringComparison.Ordinal))
        {
            return null;
        }

        var multikey = verificationMethodId[prefix.Length..].Split('#')[0];
        return Multikey.ImportEd25519PublicKey(multikey);
    }
}
