using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using ApprenantAgile.Badges.DataIntegrity;
using ApprenantAgile.Badges.JsonLd;
using ApprenantAgile.Badges.Rdf;
using NSec.Cryptography;

namespace ApprenantAgile.Badges.OpenBadges.V3.Did;

/// <summary>
/// Verifies Ed25519Signature2020 proofs, the suite that many wallets and the Digital Credentials
/// Consortium still sign with. Its hashing is the one of eddsa-rdfc-2022 (SHA-256 of the canonical proof
/// options, with the document's @context, followed by SHA-256 of the canonical document), so this class
/// reuses that cryptosuite's canonicalization; only the proof selection differs. It never signs.
/// </summary>
public sealed class Ed25519Signature2020(EddsaRdfc2022 cryptosuite)
{
    public const string ProofType = "Ed25519Signature2020";

    public static bool HasProof(JsonObject document) => Proofs(document).Any();

    /// <summary>Verifies every Ed25519Signature2020 proof of the document; fails when there is none.</summary>
    public async Task<DataIntegrityVerificationResult> VerifyAsync(
        JsonObject document,
        Func<string, CancellationToken, ValueTask<PublicKey?>> resolvePublicKey,
        CancellationToken cancellationToken)
    {
        var proofs = Proofs(document).ToList();
        if (proofs.Count == 0)
        {
            return DataIntegrityVerificationResult.Failure($"The document has no proof of type {ProofType}.");
        }

        var unsecured = (JsonObject)document.DeepClone();
        unsecured.Remove("proof");
        foreach (var proof in proofs)
        {
            var result = await VerifyProofAsync(unsecured, proof, resolvePublicKey, cancellationToken);
            if (!result.Verified)
            {
                return result;
            }
        }

        return DataIntegrityVerificationResult.Success;
    }

    private async Task<DataIntegrityVerificationResult> VerifyProofAsync(
        JsonObject unsecured,
        JsonObject proof,
        Func<string, CancellationToken, ValueTask<PublicKey?>> resolvePublicKey,
        CancellationToken cancellationToken)
    {
        var verificationMethod = Text(proof["verificationMethod"]);
        var proofValue = Text(proof["proofValue"]);
        if (verificationMethod is null || proofValue is null || Text(proof["proofPurpose"]) != EddsaRdfc2022.AssertionMethod)
        {
            return DataIntegrityVerificationResult.Failure("The Ed25519Signature2020 proof lacks a verificationMethod or proofValue, or is not for assertionMethod.");
        }

        byte[] signature;
        try
        {
            signature = Base58Btc.DecodeMultibase(proofValue);
        }
        catch (FormatException exception)
        {
            return DataIntegrityVerificationResult.Failure($"The proofValue is not valid: {exception.Message}");
        }

        var options = (JsonObject)proof.DeepClone();
        options.Remove("proofValue");
        options["@context"] = unsecured["@context"]?.DeepClone();

        var hashData = new byte[2 * SHA256.HashSizeInBytes];
        try
        {
            SHA256.HashData(Encoding.UTF8.GetBytes(cryptosuite.Canonicalize(options)), hashData.AsSpan(0, SHA256.HashSizeInBytes));
            SHA256.HashData(Encoding.UTF8.GetBytes(cryptosuite.Canonicalize(unsecured)), hashData.AsSpan(SHA256.HashSizeInBytes));
        }
        catch (Exception exception) when (exception is JsonLdException or RdfCanonicalizationException)
        {
            return DataIntegrityVerificationResult.Failure($"The document or its proof cannot be canonicalized: {exception.Message}");
        }

        var publicKey = await resolvePublicKey(verificationMethod, cancellationToken);
        if (publicKey is null)
        {
            return DataIntegrityVerificationResult.Failure($"The verification method '{verificationMethod}' was not found or is not trusted.");
        }

        return signature.Length == SignatureAlgorithm.Ed25519.SignatureSize && SignatureAlgorithm.Ed25519.Verify(publicKey, hashData, signature)
            ? DataIntegrityVerificationResult.Success
            : DataIntegrityVerificationResult.Failure($"The Ed25519Signature2020 signature does not match the document signed with '{verificationMethod}'.");
    }

    private static IEnumerable<JsonObject> Proofs(JsonObject document) => (document["proof"] switch
    {
        JsonArray array => array.OfType<JsonObject>(),
        JsonObject single => [single],
        _ => [],
    }).Where(proof => Text(proof["type"]) == ProofType);

    private static string? Text(JsonNode? node) =>
        node is JsonValue value && value.GetValueKind() == JsonValueKind.String ? value.GetValue<string>() : null;
}
