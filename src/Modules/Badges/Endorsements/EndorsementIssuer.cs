using System.Security.Cryptography;
using System.Text.Json.Nodes;
using ApprenantAgile.Badges.Abstractions;
using ApprenantAgile.Badges.DataIntegrity;
using ApprenantAgile.Badges.OpenBadges.V3;
using ApprenantAgile.Platform.Caching;
using Microsoft.Extensions.Logging;

namespace ApprenantAgile.Badges.Endorsements;

/// <summary>
/// Signs, stores and withdraws the current tenant's EndorsementCredentials: an eddsa-rdfc-2022 proof for
/// assertionMethod with the tenant's active Ed25519 key, and a random free bit of the endorsement status list,
/// which is set when the endorsement is withdrawn.
/// </summary>
public sealed class EndorsementIssuer(
    EndorsementStore store,
    EndorsementCredentialBuilder builder,
    IIssuerProfileProvider issuerProfiles,
    IssuerMultikeys keys,
    EddsaRdfc2022 cryptosuite,
    Ob3Urls urls,
    TenantCacheSignal centrePageSignal,
    TimeProvider timeProvider,
    ILogger<EndorsementIssuer> logger)
{
    /// <summary>Random draws of a status list index before giving up.</summary>
    private const int MaxIndexDraws = 32;

    /// <summary>Signs and stores an endorsement of <paramref name="target"/> of <paramref name="centreTenant"/>.</summary>
    public async Task<Endorsement> EndorseAsync(string centreTenant, EndorsementTarget target, string comment, string createdBy, CancellationToken cancellationToken)
    {
        var issuer = await issuerProfiles.GetAsync(cancellationToken);
        using var key = await keys.GetActiveSigningKeyAsync(cancellationToken);
        var now = timeProvider.GetUtcNow().UtcDateTime;

        // Random indexes give herd privacy: a bit's position reveals nothing about when the endorsement was made.
        for (var draw = 0; draw < MaxIndexDraws; draw++)
        {
            var index = RandomNumberGenerator.GetInt32(OpenBadgesV3.StatusListLength);
            if (await store.IsStatusListIndexTakenAsync(index, cancellationToken))
            {
                continue;
            }

            var id = Guid.NewGuid().ToString("N");
            var unsigned = builder.Build(id, target.SubjectId, target.Name, comment, issuer, now, index);
            var signed = await SignAsync(unsigned, key, now, cancellationToken);
            var endorsement = new Endorsement
            {
                Id = id,
                CentreTenant = centreTenant,
                SubjectKind = target.Kind,
                BadgeClassId = target.BadgeClassId,
                SubjectId = target.SubjectId,
                SubjectName = target.Name,
                Comment = comment,
                StatusListIndex = index,
                KeyId = key.KeyId,
                CredentialJson = signed.ToJsonString(Ob3Json.Options),
                CreatedUtc = now,
                CreatedBy = createdBy,
            };

            if (await store.TryInsertAsync(endorsement, cancellationToken))
            {
                logger.LogInformation("{User} endorsed {SubjectId} of centre {Centre} (endorsement {EndorsementId}, key {KeyId}, status index {StatusListIndex})",
                    createdBy, target.SubjectId, centreTenant, id, key.KeyId, index);

                // The centre's cached public pages show its endorsements: they must be rendered again.
                centrePageSignal.Signal(centreTenant);
                return endorsement;
            }
        }

        throw new InvalidOperationException(
            $"No free status list index was found for an endorsement of centre {centreTenant} in {MaxIndexDraws} draws. The endorsement status list is nearly full; add a second status list.");
    }

    /// <summary>Withdraws an endorsement: its status bit is set and centres stop showing it. Returns false when it is unknown or already withdrawn.</summary>
    public async Task<bool> WithdrawAsync(string endorsementId, string withdrawnBy, CancellationToken cancellationToken)
    {
        var centreTenant = await store.MarkWithdrawnAsync(endorsementId, timeProvider.GetUtcNow().UtcDateTime, cancellationToken);
        if (centreTenant is null)
        {
            return false;
        }

        logger.LogInformation("{User} withdrew endorsement {EndorsementId} of centre {Centre}", withdrawnBy, endorsementId, centreTenant);
        centrePageSignal.Signal(centreTenant);
        return true;
    }

    private async Task<JsonObject> SignAsync(JsonObject unsigned, Signing.IssuerSigningKey key, DateTime now, CancellationToken cancellationToken)
    {
        var signed = await cryptosuite.CreateProofAsync(unsigned, key.Ed25519!, urls.VerificationMethod(key.KeyId), now, cancellationToken);

        // The strict 1EdTech schema requires proof to be an array, even with one proof.
        var proof = signed["proof"]!;
        signed.Remove("proof");
        signed["proof"] = new JsonArray(proof);
        return signed;
    }
}
