using System.Text.Json;
using System.Text.Json.Nodes;
using ApprenantAgile.Badges.DataIntegrity;
using NSec.Cryptography;

namespace ApprenantAgile.Badges.OpenBadges.V3.Did;

/// <summary>
/// Finds an assertion key in a DID document fetched for a did:web issuer. The platform's own documents
/// reference Multikey methods from assertionMethod. Other DID documents often embed the method in
/// assertionMethod with the older Ed25519VerificationKey2020 type, which carries the same publicKeyMultibase.
/// </summary>
public static class DidDocumentKeys
{
    private static readonly string[] Ed25519MethodTypes = [IssuerControllerDocument.MultikeyType, "Ed25519VerificationKey2020"];

    public static (PublicKey? Key, string? Problem) FindAssertionKey(JsonObject document, string did, string methodId)
    {
        if (Text(document["id"]) != did)
        {
            return (null, $"The DID document has the id '{Text(document["id"])}', not '{did}'.");
        }

        var assertionEntries = document["assertionMethod"] as JsonArray ?? [];
        var method = assertionEntries.OfType<JsonObject>().FirstOrDefault(m => Text(m["id"]) == methodId);
        if (method is null && assertionEntries.Any(entry => Text(entry) == methodId))
        {
            method = (document["verificationMethod"] as JsonArray ?? []).OfType<JsonObject>().FirstOrDefault(m => Text(m["id"]) == methodId);
        }

        if (method is null)
        {
            return (null, $"The DID document '{did}' allows no verification method '{methodId}' for assertionMethod.");
        }

        if (Text(method["controller"]) != did || !Ed25519MethodTypes.Contains(Text(method["type"])))
        {
            return (null, $"The verification method '{methodId}' is not an Ed25519 key controlled by '{did}'.");
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
