using System.Globalization;
using ApprenantAgile.Badges.Abstractions;
using ApprenantAgile.Badges.Assertions;
using ApprenantAgile.Badges.Endorsements;
using ApprenantAgile.Badges.Issuing;
using ApprenantAgile.Badges.OpenBadges.V3;

namespace ApprenantAgile.Badges.Endpoints;

/// <summary>
/// Builds the public badge page of a stored assertion from its badge class snapshot, the issuer profile and the
/// national tenant's endorsements in force about that badge class version or the issuer.
/// </summary>
public sealed class BadgePageBuilder(
    IIssuerProfileProvider issuerProfiles, ReceivedEndorsementReader endorsements, Ob2Urls urls, Ob3Urls ob3Urls, TimeProvider timeProvider)
{
    public async Task<BadgePageViewModel> BuildAsync(AssertionIndex assertion, CancellationToken cancellationToken)
    {
        var badgeClass = BadgeClassSnapshot.Deserialize(assertion.BadgeClassSnapshotJson);
        var issuer = await issuerProfiles.GetAsync(cancellationToken);
        var received = await endorsements.ListAsync(cancellationToken);
        var achievementId = ob3Urls.Achievement(badgeClass.Id, badgeClass.CatalogueVersion).AbsoluteUri;
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
            BadgeEndorsements = EndorsementViewModel.From(received.About(achievementId), CultureInfo.CurrentUICulture),
            IssuerEndorsements = EndorsementViewModel.From(received.About(ob3Urls.Issuer.AbsoluteUri), CultureInfo.CurrentUICulture),
        };
    }
}
