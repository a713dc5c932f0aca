using System.Globalization;
using ApprenantAgile.Badges.Applications;
using ApprenantAgile.Badges.Issuing;
using ApprenantAgile.Portfolio.Holders;
using ApprenantAgile.Portfolio.Pages;
using ApprenantAgile.Portfolio.Rendering;
using Microsoft.AspNetCore.Http;

namespace ApprenantAgile.Portfolio.Editor;

/// <summary>Builds the editor's view model from a page (saved or as posted) and the holder's badges.</summary>
public sealed class PageEditorViewModelFactory(PortfolioUrls urls, PortfolioRenderer renderer)
{
    /// <summary>
    /// Builds the form of <paramref name="page"/>, or of a new page when <paramref name="pageId"/> is
    /// null. Revoked badges are not offered.
    /// </summary>
    public PageEditorViewModel Build(
        HttpContext httpContext,
        string? pageId,
        PortfolioPage page,
        IReadOnlyList<HeldBadge> held,
        IReadOnlyList<string> errors,
        bool saved = false)
    {
        var items = page.Items;
        var positions = items.Select((item, index) => (item.AssertionId, index)).ToDictionary(p => p.AssertionId, p => p.index + 1, StringComparer.Ordinal);
        var offered = held.Where(b => !b.IsRevoked).ToList();
        var nextPosition = items.Count + 1;

        var badges = offered
            .Select(b => (Badge: b, Position: positions.TryGetValue(b.AssertionId, out var position) ? position : nextPosition++))
            .OrderBy(b => b.Position)
            .Select(b => BuildBadge(b.Badge, b.Position, items.FirstOrDefault(i => i.AssertionId == b.Badge.AssertionId)))
            .ToList();

        var (fieldName, token) = renderer.FormTokens(httpContext);
        var isLinkOnly = page.Visibility == PageVisibility.LinkOnly && page.ShareToken is not null;

        return new PageEditorViewModel
        {
            IsNew = pageId is null,
            FormAction = pageId is null ? urls.NewPage : urls.EditPage(pageId),
            DashboardUrl = urls.Dashboard,
            Title = page.Title,
            Introduction = page.Introduction,
            VisibilityCode = VisibilityCodes.Of(page.Visibility),
            ShareEndDate = page.ShareExpiresUtc is { } end
                ? ParisTime.ToParis(end).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)
                : "",
            ShareUrl = pageId is not null && isLinkOnly ? urls.AbsoluteSharedPage(page.ShareToken!) : null,
            PublicUrl = pageId is not null && page.Visibility == PageVisibility.Public ? urls.AbsolutePage(pageId) : null,
            ViewUrl = pageId is null ? null : urls.Page(pageId),
            DeleteAction = pageId is null ? null : urls.DeletePage(pageId),
            RenewShareLinkAction = pageId is not null && isLinkOnly ? urls.RenewShareLink(pageId) : null,
            Errors = errors,
            Saved = saved,
            Badges = badges,
            AntiforgeryFieldName = fieldName,
            AntiforgeryToken = token,
        };
    }

    private static EditorBadgeViewModel BuildBadge(HeldBadge badge, int position, PageItem? item)
    {
        var chosenEvidence = item?.EvidenceIds.ToHashSet(StringComparer.Ordinal) ?? [];
        return new EditorBadgeViewModel
        {
            AssertionId = badge.AssertionId,
            Name = badge.BadgeClass.Name,
            IssuedUtc = badge.Assertion.IssuedUtc,
            IsSelected = item is not null,
            Position = position,
            Evidence = badge.Evidence.Select(e => new EditorEvidenceViewModel
            {
                Id = e.Id,
                Title = e.Title,
                KindCode = KindCode(e.Kind),
                IsSelected = chosenEvidence.Contains(e.Id),
            }).ToList(),
        };
    }

    private static string KindCode(EvidenceKind kind) => kind switch
    {
        EvidenceKind.File => "file",
        EvidenceKind.Link => "link",
        _ => "text",
    };
}
