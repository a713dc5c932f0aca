using ApprenantAgile.Badges.Abstractions;
using ApprenantAgile.Badges.Assertions;
using ApprenantAgile.Badges.Issuing;

namespace ApprenantAgile.Badges.Endpoints;

/// <summary>Builds the public badge page of a stored assertion from its badge class snapshot and the issuer profile.</summary>
public sealed class BadgePageBuilder(IIssuerProfileProvider issuerProfiles, Ob2Urls urls, TimeProvider timeProvider)
{
    public async Task<BadgePageViewModel> BuildAsync(AssertionIndex assertion, CancellationToken cancellationToken)
    {
        var badgeClass = BadgeClassSnapshot.Deserialize(assertion.BadgeClassSnapshotJson);
        var issuer = await issuerProfiles.GetAsync(cancellationToken);
        return new BadgePageViewModel
        {
            AssertionId = assertion.AssertionId,
            BadgeName = badgeClass.Name,
            BadgeDescription = badgeClass.Description,
            CriteriaNarrative = badgeClass.CriteriaNarrative,
            IssuerName = issuer.Name,
            IssuerUrl = issuer.Url,
            IssuedUtc = assertion.IssuedUtc,
            ExpiresUtc = assertion.ExpiresUtc,
            IsExpired = assertion.IsExpiredAt(timeProvider.GetUtcNow().UtcDateTime),
            IsRevoked = assertion.Status == AssertionStatus.Revoked,
            RevocationReason = assertion.RevocationReason,
            Narrative = assertion.Narrative,
            AssertionUrl = urls.Assertion(assertion.AssertionId),
            ImageUrl = urls.AssertionImage(assertion.AssertionId, BakedImageKind.HostedPng.FileName),
        };
    }
}
