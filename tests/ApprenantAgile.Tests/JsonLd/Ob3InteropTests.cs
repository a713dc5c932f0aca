using System.Text.Json.Nodes;
using ApprenantAgile.Badges.DataIntegrity;
using ApprenantAgile.Badges.JsonLd;
using NSec.Cryptography;
using Xunit;

namespace ApprenantAgile.Tests.JsonLd;

/// <summary>Cross-checks signing, verification and canonicalization with Digital Bazaar's node libraries.</summary>
public sealed class Ob3InteropTests
{
    private const string Controller = "https://issuer.example.org/issuers/42";
    private static readonly DateTime Created = new(2025, 3, 4, 5, 6, 7, DateTimeKind.Utc);
    private static readonly EddsaRdfc2022 Suite = new(new EmbeddedContextLoader());

    [Fact]
    public async Task CSharpSigned_NodeVerifies()
    {
        using var key = NewKey();
        var signed = await Suite.CreateProofAsync(RichCredential(), key, MethodId(key), Created);

        var result = await NodeVerifyAsync(signed, key);

        Assert.True(result.ExitCode == 0, result.Output + result.Error);
    }

    [Fact]
    public async Task CSharpSignedTampered_NodeRejects()
    {
        using var key = NewKey();
        var signed = await Suite.CreateProofAsync(RichCredential(), key, MethodId(key), Created);
        signed["name"] = signed["name"]!.GetValue<string>() + "!";

        var result = await NodeVerifyAsync(signed, key);

        Assert.Equal(1, result.ExitCode);
        Assert.Contains("\"verified\":false", result.Output);
    }

    [Fact]
    public async Task NodeSigned_CSharpVerifies()
    {
        using var key = NewKey();
        var signed = await NodeSignAsync(RichCredential(), key);

        var result = await Suite.VerifyAsync(signed, id => id == MethodId(key) ? key.PublicKey : null);

        Assert.True(result.Verified, result.FailureReason);
    }

    [Fact]
    public async Task NodeSigned_SameProofValueAsCSharp()
    {
        // Ed25519 is deterministic, so equal canonical bytes give equal signatures.
        using var key = NewKey();
        var nodeSigned = await NodeSignAsync(RichCredential(), key);

        var csharpSigned = await Suite.CreateProofAsync(RichCredential(), key, MethodId(key), Created);

        Assert.Equal(nodeSigned["proof"]!["proofValue"]!.GetValue<string>(), csharpSigned["proof"]!["proofValue"]!.GetValue<string>());
    }

    [Fact]
    public async Task NodeSignedTampered_CSharpRejects()
    {
        using var key = NewKey();
        var signed = await NodeSignAsync(RichCredential(), key);
        signed["credentialSubject"]!["achievement"]!["name"] = "Changed";

        var result = await Suite.VerifyAsync(signed, id => id == MethodId(key) ? key.PublicKey : null);

        Assert.False(result.Verified);
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
    public async Task Canonicalize_SpecExample_SameAsJsonLdJs(string file)
    {
        var document = OpenBadges3Fixtures.ReadObject(Path.Combine("examples", file));
        document.Remove("proof");

        var node = await NodeInterop.RunAsync("canonize.mjs", document.ToJsonString());

        Assert.True(node.ExitCode == 0, node.Error);
        Assert.Equal(node.Output, Suite.Canonicalize(document));
    }

    [Fact]
    public async Task Canonicalize_RichCredential_SameAsJsonLdJs()
    {
        var document = RichCredential();

        var node = await NodeInterop.RunAsync("canonize.mjs", document.ToJsonString());

        Assert.True(node.ExitCode == 0, node.Error);
        Assert.Equal(node.Output, Suite.Canonicalize(document));
    }

    /// <summary>The complete spec example with text that needs escaping, non-ASCII characters, numbers and blank nodes.</summary>
    private static JsonObject RichCredential()
    {
        var credential = OpenBadges3Fixtures.ReadObject(Path.Combine("examples", "complete-openbadgecredential.json"));
        credential.Remove("proof");

        // Digital Bazaar's verifier requires the issuer to be the controller of the signing key.
        credential["issuer"]!["id"] = Controller;
        credential["name"] = "Badge \"Équipe\" \\ tab\there\nnew line \U0001F600 \u00e9\u0301 \uFF21";
        credential["credentialSubject"]!["achievement"]!["creditsAvailable"] = 7.5;
        credential["credentialSubject"]!["creditsEarned"] = 3;
        credential["credentialSubject"]!["achievement"]!["criteria"] = new JsonObject { ["narrative"] = "Be kind.\r\n\u0001" };
        return credential;
    }

    private static async Task<NodeInterop.NodeResult> NodeVerifyAsync(JsonObject signed, Key key)
    {
        return await NodeInterop.RunAsync(
            "verify.mjs",
            signed.ToJsonString(),
            "--public-key", Multikey.EncodeEd25519PublicKey(key.PublicKey),
            "--verification-method", MethodId(key));
    }

    private static async Task<JsonObject> NodeSignAsync(JsonObject credential, Key key)
    {
        var result = await NodeInterop.RunAsync(
            "sign.mjs",
            credential.ToJsonString(),
            "--public-key", Multikey.EncodeEd25519PublicKey(key.PublicKey),
            "--secret-key", Multikey.EncodeEd25519SecretKey(key),
            "--verification-method", MethodId(key),
            "--created", "2025-03-04T05:06:07Z");
        Assert.True(result.ExitCode == 0, result.Error);
        return JsonNode.Parse(result.Output)!.AsObject();
    }

    private static string MethodId(Key key) => Controller + "#" + Multikey.EncodeEd25519PublicKey(key.PublicKey);

    private static Key NewKey()
    {
        var parameters = new KeyCreationParameters { ExportPolicy = KeyExportPolicies.AllowPlaintextExport };
        return Key.Create(SignatureAlgorithm.Ed25519, parameters);
    }
}
