using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using ApprenantAgile.Badges.JsonLd;
using ApprenantAgile.Badges.Rdf;
using NSec.Cryptography;

namespace ApprenantAgile.Badges.DataIntegrity;

/// <summary>
/// The eddsa-rdfc-2022 cryptosuite (W3C Data Integrity EdDSA Cryptosuites v1.0): canonicalizes the
/// proof options and the document with JSON-LD (safe mode) and RDFC-1.0, hashes each with SHA-256,
/// and signs proofHash ‖ documentHash with Ed25519. Documents are processed with the given loader
/// only, so a loader that serves local contexts keeps signing and verification offline.
/// </summary>
public sealed class EddsaRdfc2022
{
    public const string ProofType = "DataIntegrityProof";
    public const string CryptosuiteName = "eddsa-rdfc-2022";
    public const string AssertionMethod = "assertionMethod";

    private readonly JsonLdOptions _jsonLdOptions;
    private readonly RdfCanonicalizerOptions _canonicalizerOptions;

    public EddsaRdfc2022(IJsonLdDocumentLoader documentLoader, RdfCanonicalizerOptions? canonicalizerOptions = null)
    {
        _jsonLdOptions = new JsonLdOptions(documentLoader) { SafeMode = true };
        _canonicalizerOptions = canonicalizerOptions ?? RdfCanonicalizerOptions.Default;
    }

    /// <summary>
    /// Returns a copy of <paramref name="credential"/> with a new proof (proof purpose assertionMethod).
    /// An existing proof is kept and the new one is added next to it (a proof set).
    /// </summary>
    /// <param name="created">Creation time; must be UTC or local time, and is written in UTC to the second.</param>
    /// <exception cref="JsonLdException">The credential is not valid JSON-LD in safe mode, for example an undefined term.</exception>
    public Task<JsonObject> CreateProofAsync(JsonObject credential, Key key, string verificationMethod, DateTime created, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(credential);
        ArgumentNullException.ThrowIfNull(key);
        ArgumentException.ThrowIfNullOrEmpty(verificationMethod);
        if (key.Algorithm is not Ed25519)
        {
            throw new ArgumentException($"eddsa-rdfc-2022 signs with Ed25519 keys only, not {key.Algorithm.GetType().Name} keys.", nameof(key));
        }

        if (created.Kind == DateTimeKind.Unspecified)
        {
            throw new ArgumentException(
                $"The proof creation time {created:O} has no time zone (DateTimeKind.Unspecified); pass a UTC time such as DateTime.UtcNow.",
                nameof(created));
        }

        cancellationToken.ThrowIfCancellationRequested();

        var proof = new JsonObject
        {
            ["type"] = ProofType,
            ["created"] = created.ToUniversalTime().ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture),
            ["verificationMethod"] = verificationMethod,
            ["cryptosuite"] = CryptosuiteName,
            ["proofPurpose"] = AssertionMethod,
        };

        var unsecured = WithoutProof(credential);
        var hashData = HashData(unsecured, proof);
        var signature = SignatureAlgorithm.Ed25519.Sign(key, hashData);
        proof["proofValue"] = Base58Btc.EncodeMultibase(signature);

        var secured = (JsonObject)credential.DeepClone();
        AddProof(secured, proof);
        return Task.FromResult(secured);
    }

    /// <summary>Verifies every eddsa-rdfc-2022 proof of <paramref name="securedCredential"/> (expected proof purpose assertionMethod).</summary>
    /// <param name="resolvePublicKey">Returns the public key of a verification method id, or null when the id is unknown or not trusted.</param>
    public Task<DataIntegrityVerificationResult> VerifyAsync(JsonObject securedCredential, Func<string, PublicKey?> resolvePublicKey, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(resolvePublicKey);
        return VerifyAsync(securedCredential, (id, _) => ValueTask.FromResult(resolvePublicKey(id)), cancellationToken);
    }

    /// <inheritdoc cref="VerifyAsync(JsonObject, Func{string, PublicKey?}, CancellationToken)"/>
    public async Task<DataIntegrityVerificationResult> VerifyAsync(
        JsonObject securedCredential,
        Func<string, CancellationToken, ValueTask<PublicKey?>> resolvePublicKey,
        CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(securedCredential);
        ArgumentNullException.ThrowIfNull(resolvePublicKey);

        var proofs = securedCredential["proof"] switch
        {
            JsonArray array => array.OfType<JsonObject>().ToList(),
            JsonObject single => [single],
            _ => [],
        };
        var suiteProofs = proofs.Where(p => ReadString(p, "type") == ProofType && ReadString(p, "cryptosuite") == CryptosuiteName).ToList();
        if (suiteProofs.Count == 0)
        {
            return DataIntegrityVerificationResult.Failure(
                $"The document has no proof of type {ProofType} with cryptosuite {CryptosuiteName}.");
        }

        var unsecured = WithoutProof(securedCredential);
        foreach (var proof in suiteProofs)
        {
            var result = await VerifyProofAsync(unsecured, proof, resolvePublicKey, cancellationToken).ConfigureAwait(false);
            if (!result.Verified)
            {
                return result;
            }
        }

        return DataIntegrityVerificationResult.Success;
    }

    /// <summary>Returns the RDFC-1.0 canonical N-Quads of a JSON-LD document, expanded in safe mode.</summary>
    /// <exception cref="JsonLdException">The document is not valid JSON-LD in safe mode.</exception>
    public string Canonicalize(JsonObject document)
    {
        var dataset = JsonLdProcessor.ToRdf(document, _jsonLdOptions);
        return RdfCanonicalizer.Canonicalize(dataset, _canonicalizerOptions);
    }

    private async Task<DataIntegrityVerificationResult> VerifyProofAsync(
        JsonObject unsecured,
        JsonObject proof,
        Func<string, CancellationToken, ValueTask<PublicKey?>> resolvePublicKey,
        CancellationToken cancellationToken)
    {
        var verificationMethod = ReadString(proof, "verificationMethod");
        var proofValue = ReadString(proof, "proofValue");
        var proofPurpose = ReadString(proof, "proofPurpose");
        if (verificationMethod is null || proofValue is null)
        {
            return DataIntegrityVerificationResult.Failure("The proof has no verificationMethod or no proofValue string.");
        }

        if (proofPurpose != AssertionMethod)
        {
            return DataIntegrityVerificationResult.Failure(
                $"The proof purpose is '{proofPurpose}', but credentials must be signed for '{AssertionMethod}'.");
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

        if (signature.Length != SignatureAlgorithm.Ed25519.SignatureSize)
        {
            return DataIntegrityVerificationResult.Failure(
                $"The proofValue decodes to {signature.Length} bytes, but an Ed25519 signature has {SignatureAlgorithm.Ed25519.SignatureSize}.");
        }

        var proofOptions = (JsonObject)proof.DeepClone();
        proofOptions.Remove("proofValue");
        if (proofOptions["@context"] is { } proofContext && !StartsWithContexts(unsecured["@context"], proofContext))
        {
            return DataIntegrityVerificationResult.Failure("The proof has an @context that the document's @context does not start with.");
        }

        proofOptions.Remove("@context");

        byte[] hashData;
        try
        {
            hashData = HashData(unsecured, proofOptions);
        }
        catch (Exception exception) when (exception is JsonLdException or RdfCanonicalizationException)
        {
            return DataIntegrityVerificationResult.Failure($"The document or its proof cannot be canonicalized: {exception.Message}");
        }

        var publicKey = await resolvePublicKey(verificationMethod, cancellationToken).ConfigureAwait(false);
        if (publicKey is null)
        {
            return DataIntegrityVerificationResult.Failure($"The verification method '{verificationMethod}' was not found or is not trusted.");
        }

        if (publicKey.Algorithm is not Ed25519)
        {
            return DataIntegrityVerificationResult.Failure($"The verification method '{verificationMethod}' is not an Ed25519 key.");
        }

        return SignatureAlgorithm.Ed25519.Verify(publicKey, hashData, signature)
            ? DataIntegrityVerificationResult.Success
            : DataIntegrityVerificationResult.Failure(
                $"The Ed25519 signature does not match the document and proof options signed with '{verificationMethod}': the credential was changed or signed with another key.");
    }

    /// <summary>SHA-256 of the canonical proof configuration followed by SHA-256 of the canonical document (64 bytes).</summary>
    private byte[] HashData(JsonObject unsecuredDocument, JsonObject proofOptions)
    {
        var proofConfig = (JsonObject)proofOptions.DeepClone();
        proofConfig["@context"] = unsecuredDocument["@context"]?.DeepClone();

        var hashData = new byte[2 * SHA256.HashSizeInBytes];
        SHA256.HashData(Encoding.UTF8.GetBytes(Canonicalize(proofConfig)), hashData.AsSpan(0, SHA256.HashSizeInBytes));
        SHA256.HashData(Encoding.UTF8.GetBytes(Canonicalize(unsecuredDocument)), hashData.AsSpan(SHA256.HashSizeInBytes));
        return hashData;
    }

    private static JsonObject WithoutProof(JsonObject document)
    {
        var copy = new JsonObject();
        foreach (var (key, value) in document)
        {
            if (key != "proof")
            {
                copy[key] = value?.DeepClone();
            }
        }

        return copy;
    }

    private static void AddProof(JsonObject secured, JsonObject proof)
    {
        switch (secured["proof"])
        {
            case null:
                secured["proof"] = proof;
                break;
            case JsonArray proofs:
                proofs.Add(proof);
                break;
            case var existing:
                secured.Remove("proof");
                secured["proof"] = new JsonArray(existing, proof);
                break;
        }
    }

    private static bool StartsWithContexts(JsonNode? documentContext, JsonNode proofContext)
    {
        var documentItems = documentContext is JsonArray documentArray ? documentArray.ToArray() : [documentContext];
        var proofItems = proofContext is JsonArray proofArray ? proofArray.ToArray() : [proofContext];
        if (proofItems.Length > documentItems.Length)
        {
            return false;
        }

        for (var i = 0; i < proofItems.Length; i++)
        {
            if (!JsonNode.DeepEquals(documentItems[i], proofItems[i]))
            {
                return false;
            }
        }

        return true;
    }

    private static string? ReadString(JsonObject node, string property)
    {
        return node[property] is JsonValue value && value.GetValueKind() == JsonValueKind.String ? value.GetValue<string>() : null;
    }
}
