using System.Security.Cryptography;
using System.Text.Json.Nodes;
using ApprenantAgile.Badges.Abstractions;
using ApprenantAgile.Badges.Assertions;
using ApprenantAgile.Badges.DataIntegrity;
using ApprenantAgile.Badges.Endorsements;
using ApprenantAgile.Badges.Issuing;
using Microsoft.Extensions.Logging;

namespace ApprenantAgile.Badges.OpenBadges.V3;

/// <summary>
/// Signs and stores the OpenBadgeCredential of an issued assertion: eddsa-rdfc-2022 proof for
/// assertionMethod with the tenant's active Ed25519 key, and a random free bit of the revocation
/// status list. The national tenant's endorsements in force about the achievement or the issuer are embedded.
/// A credential is made once; later calls return the stored one.
/// </summary>
public sealed class OpenBadgeCredentialIssuer(
    Ob3CredentialStore store,
    OpenBadgeCredentialBuilder builder,
    IIssuerProfileProvider issuerProfiles,
    ReceivedEndorsementReader endorsements,
    IssuerMultikeys keys,
    EddsaRdfc2022 cryptosuite,
    Ob3Urls urls,
    TimeProvider timeProvider,
    ILogger<OpenBadgeCredentialIssuer> logger)
{
    /// <summary>Random draws of a status list index before giving up.</summary>
    private const int MaxIndexDraws = 32;

    /// <summary>Returns the stored credential of <paramref name="assertion"/>, signing and storing it first when there is none.</summary>
    public async Task<Ob3Credential> GetOrCreateAsync(AssertionIndex assertion, CancellationToken cancellationToken)
    {
        var existing = await store.FindAsync(assertion.AssertionId, cancellationToken);
        if (existing is not null)
        {
            return existing;
        }

        var badgeClass = BadgeClassSnapshot.Deserialize(assertion.BadgeClassSnapshotJson);
        var issuer = await issuerProfiles.GetAsync(cancellationToken);
        var received = await endorsements.ListAsync(cancellationToken);
        using var key = await keys.GetActiveSigningKeyAsync(cancellationToken);

        // Random indexes give herd privacy: a bit's position reveals nothing about when the badge was issued.
        // NOTE: draws fail more often as the list fills; past about 100,000 credentials per tenant a second list is needed.
        for (var draw = 0; draw < MaxIndexDraws; draw++)
        {
            var index = RandomNumberGenerator.GetInt32(OpenBadgesV3.StatusListLength);
            if (await store.IsStatusListIndexTakenAsync(index, cancellationToken))
            {
                continue;
            }

            var signed = await SignAsync(builder.Build(assertion, badgeClass, issuer, index, received), key, cancellationToken);
            var credential = new Ob3Credential
            {
                AssertionId = assertion.AssertionId,
                StatusListIndex = index,
                KeyId = key.KeyId,
                CredentialJson = signed.ToJsonString(Ob3Json.Options),
                CreatedUtc = timeProvider.GetUtcNow().UtcDateTime,
            };

            if (await store.TryInsertAsync(credential, cancellationToken))
            {
                logger.LogInformation("Signed the Open Badges 3.0 credential of assertion {AssertionId} with key {KeyId} (status index {StatusListIndex})",
                    assertion.AssertionId, key.KeyId, index);
                return credential;
            }

            if (await store.FindAsync(assertion.AssertionId, cancellationToken) is { } concurrent)
            {
                return concurrent;
            }
        }

        throw new InvalidOperationException(
            $"No free revocation status list index was found for assertion {assertion.AssertionId} in {MaxIndexDraws} draws. The status list is nearly full; add a second status list.");
    }

    private async Task<JsonObject> SignAsync(JsonObject unsigned, Signing.IssuerSigningKey key, CancellationToken cancellationToken)
    {
        var signed = await cryptosuite.CreateProofAsync(unsigned, key.Ed25519!, urls.VerificationMethod(key.KeyId), timeProvider.GetUtcNow().UtcDateTime, cancellationToken);

        // The strict 1EdTech schema requires proof to be an array, even with one proof.
        var proof = signed["proof"]!;
        signed.Remove("proof");
        signed["proof"] = new JsonArray(proof);
        return signed;
    }
}
