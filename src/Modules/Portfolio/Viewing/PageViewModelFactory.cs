using ApprenantAgile.Badges.Abstractions;
using ApprenantAgile.Badges.Applications;
using ApprenantAgile.Portfolio.Pages;
using ApprenantAgile.Portfolio.Rendering;
using ApprenantAgile.Portfolio.Sharing;

namespace ApprenantAgile.Portfolio.Viewing;

/// <summary>Builds the <see cref="PageViewModel"/> of an opened page from the badges it resolves to.</summary>
public sealed class PageViewModelFactory(IIssuerProfileProvider issuerProfiles, PortfolioUrls urls, TimeProvider timeProvider)
{
    public async Task<PageViewModel> BuildAsync(OpenedPage opened, IReadOnlyList<SelectedBadge> badges, CancellationToken cancellationToken)
    {
        var issuer = await issuerProfiles.GetAsync(cancellationToken);
        var now = timeProvider.GetUtcNow().UtcDateTime;

        return new PageViewModel
        {
            Title = opened.Page.Title,
            Introduction = opened.Page.Introduction,
            HolderName = opened.Owner.UserName,
            VisibilityCode = VisibilityCodes.Of(opened.Page.Visibility),
            IsOwner = opened.IsOwner,
            EditUrl = opened.IsOwner ? urls.EditPage(opened.Page.Id) : null,
            Badges = badges.Select(b => BuildBadge(opened, b, issuer.Name, now)).ToList(),
        };
    }

    private PageBadgeViewModel BuildBadge(OpenedPage opened, SelectedBadge selected, string issuerName, DateTime now)
    {
        var assertion = selected.Badge.Assertion;
        var badgeClass = selected.Badge.BadgeClass;
        var credentialUrl = urls.Credential(assertion.AssertionId);

        return new PageBadgeViewModel
        {
            AssertionId = assertion.AssertionId,
            Name = badgeClass.Name,
            Description = badgeClass.Description,
            IssuerName = issuerName,
            IssuedUtc = assertion.IssuedUtc,
            ExpiresUtc = assertion.ExpiresUtc,
            IsExpired = assertion.IsExpiredAt(now),
            ImageUrl = urls.BadgeClassImage(assertion.BadgeClassId),
            CredentialUrl = credentialUrl,
            BakedPngUrl = urls.BakedImage(assertion.AssertionId, "image.png"),
            BakedSvgUrl = urls.BakedImage(assertion.AssertionId, "image.svg"),
            JsonUrl = PortfolioUrls.Under(opened.PagePath, $"badges/{assertion.AssertionId}/badge.json"),
            Evidence = selected.Evidence.Select(e => BuildEvidence(opened, e)).ToList(),
            Share = opened.IsOwner ? BuildShare(assertion, badgeClass.Name, issuerName, credentialUrl) : null,
        };
    }

    private BadgeShareViewModel BuildShare(Badges.Assertions.AssertionIndex assertion, string badgeName, string issuerName, string credentialUrl) => new()
    {
        CredentialUrl = credentialUrl,
        LinkedInUrl = LinkedInUrls.AddCertification(badgeName, issuerName, assertion.IssuedUtc, assertion.ExpiresUtc, credentialUrl, assertion.AssertionId),
        QrCodeDataUrl = QrCodes.SvgDataUrl(credentialUrl),
        EmbedHtml = EmbedSnippets.Badge(credentialUrl, urls.AbsoluteBakedImage(assertion.AssertionId, "image.png"), badgeName, issuerName),
    };

    private static PageEvidenceViewModel BuildEvidence(OpenedPage opened, ApplicationEvidence evidence) => evidence.Kind switch
    {
        EvidenceKind.File => new PageEvidenceViewModel
        {
            Title = evidence.Title,
            KindCode = "file",
            Url = PortfolioUrls.Under(opened.PagePath, $"preuves/{evidence.Id}"),
        },
        EvidenceKind.Link => new PageEvidenceViewModel { Title = evidence.Title, KindCode = "link", Url = evidence.Url },
        _ => new PageEvidenceViewModel { Title = evidence.Title, KindCode = "text", Text = evidence.Text },
    };
}
