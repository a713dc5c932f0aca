using System.Text.Json;
using System.Text.Json.Nodes;
using ApprenantAgile.Badges.DataIntegrity;
using NSec.Cryptography;

namespace ApprenantAgile.Badges.OpenBadges.V3;

/// <summary>
/// The document served at the issuer id: a controller document (W3C Controlled Identifiers, DID Core
/// vocabulary) that lists the issuer's Multikey verification methods and allows each for assertionMethod.
/// Each key appears twice. New proofs name its key URL, /ob3/keys/{keyId}. Proofs made before key URLs name the
/// issuer URL with the fragment #key-{keyId}, which stays listed so that they still verify.
/// </summary>
/// <remarks>
/// The DID v1 context comes first, because Digital Bazaar's jsonld-signatures reads such a document as
/// it is and frames any other controller document in safe mode.
/// </remarks>
public static class IssuerControllerDocument
{
    public const string MultikeyType = "Multikey";

    public static JsonObject Build(Uri issuerId, IReadOnlyList<IssuerVerificationMethod> methods)
    {
        var controller = issuerId.AbsoluteUri;
        var keyUrlMethods = methods.Select(method => (Id: method.Id, method.PublicKeyMultibase));
        var fragmentMethods = methods.Select(method => (Id: method.LegacyId, method.PublicKeyMultibase));
        var listed = keyUrlMethods.Concat(fragmentMethods).ToList();

        return new JsonObject
        {
            ["@context"] = new JsonArray(OpenBadgesV3.DidContextUrl, OpenBadgesV3.MultikeyContextUrl),
            ["id"] = controller,
            ["verificationMethod"] = new JsonArray(listed.Select(method => (JsonNode?)Method(method.Id, controller, method.PublicKeyMultibase)).ToArray()),
            ["assertionMethod"] = new JsonArray(listed.Select(method => (JsonNode?)method.Id).ToArray()),
        };
    }

    /// <summary>
    /// Builds the document served at a key URL: the Multikey verification method alone, with the Multikey context
    /// that ed25519-multikey (Digital Bazaar's and the Digital Credentials Consortium's) requires.
    /// </summary>
    public static JsonObject BuildKey(Uri issuerId, IssuerVerificationMethod method)
    {
        var key = Method(method.Id, issuerId.AbsoluteUri, method.PublicKeyMultibase);
        key.Insert(0, "@context", OpenBadgesV3.MultikeyContextUrl);
        return key;
    }

    private static JsonObject Method(string id, string controller, string publicKeyMultibase) => new()
    {
        ["id"] = id,
        ["type"] = MultikeyType,
        ["controller"] = controller,
        ["publicKeyMultibase"] = publicKeyMultibase,
    };

    /// <summary>
    /// Finds the Ed25519 key of <paramref name="methodId"/> in a controller document whose id is
    /// <paramref name="controllerId"/>. Returns null with the reason (English, for logs) when the document
    /// has another id, lacks the method, gives it another controller, or does not allow it for assertionMethod.
    /// </summary>
    public static (PublicKey? Key, string? Problem) FindAssertionKey(JsonObject document, string controllerId, string methodId)
    {
        if (Text(document["id"]) != controllerId)
        {
            return (null, $"The controller document has the id '{Text(document["id"])}', not '{controllerId}'.");
        }

        var method = (document["verificationMethod"] as JsonArray ?? [])
            .OfType<JsonObject>()
            .FirstOrDefault(m => Text(m["id"]) == methodId);
        if (method is null)
        {
            return (null, $"The controller document '{controllerId}' lists no verification method '{methodId}'.");
        }

        if (Text(method["controller"]) != controllerId || Text(method["type"]) != MultikeyType)
        {
            return (null, $"The verification method '{methodId}' is not a Multikey controlled by '{controllerId}'.");
        }

        var allowed = (document["assertionMethod"] as JsonArray ?? [])
            .Any(entry => Text(entry) == methodId || (entry is JsonObject embedded && Text(embedded["id"]) == methodId));
        if (!allowed)
        {
            return (null, $"The controller '{controllerId}' does not allow '{methodId}' for assertionMethod.");
        }

        try
        {
            return (Multikey.ImportEd25519PublicKey(Text(method["publicKeyMultibase"]) ?? ""), null);
        }
        catch (FormatException exception)
        {
            return (null, exception.Message);
        }
    }

    private static string? Text(JsonNode? node) =>
        node is JsonValue value && value.GetValueKind() == JsonValueKind.String ? value.GetValue<string>() : null;
}
