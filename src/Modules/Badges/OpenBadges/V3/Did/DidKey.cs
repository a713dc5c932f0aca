using ApprenantAgile.Badges.DataIntegrity;
using NSec.Cryptography;

namespace ApprenantAgile.Badges.OpenBadges.V3.Did;

/// <summary>
/// The did:key method for Ed25519 keys (<c>did:key:z6Mk…</c>): the identifier is the public key itself,
/// so its only verification method, <c>did:key:X#X</c>, is derived offline without fetching anything.
/// </summary>
public static class DidKey
{
    public const string Prefix = "did:key:";

    public static bool IsDidKey(string id) => id.StartsWith(Prefix, StringComparison.Ordinal);

    /// <summary>
    /// Returns the Ed25519 key of <paramref name="methodId"/> when it is the verification method of
    /// <paramref name="did"/>, or null with the reason (English, for logs).
    /// </summary>
    public static (PublicKey? Key, string? Problem) ResolveAssertionKey(string did, string methodId)
    {
        var multibase = did[Prefix.Length..];
        if (methodId != did + "#" + multibase)
        {
            return (null, $"The verification method '{methodId}' is not the key of '{did}' (expected '{did}#{multibase}').");
        }

        try
        {
            return (Multikey.ImportEd25519PublicKey(multibase), null);
        }
        catch (FormatException exception)
        {
            return (null, $"'{did}' is not an Ed25519 did:key: {exception.Message}");
        }
    }
}
