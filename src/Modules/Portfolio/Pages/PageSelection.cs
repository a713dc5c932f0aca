using ApprenantAgile.Badges.Applications;
using ApprenantAgile.Portfolio.Holders;

namespace ApprenantAgile.Portfolio.Pages;

/// <summary>A badge of a page as it is shown: the held badge and the evidence chosen for it, in page order.</summary>
public sealed record SelectedBadge(HeldBadge Badge, IReadOnlyList<ApplicationEvidence> Evidence);

/// <summary>
/// Matches a page's stored selection against the badges its owner has now. A badge the owner no
/// longer has, or that was revoked, drops out. Evidence that is not part of that badge's
/// application drops out too. Everything a page route serves comes from this result, never from the request.
/// </summary>
public static class PageSelection
{
    public static IReadOnlyList<SelectedBadge> Resolve(PortfolioPage page, IReadOnlyList<HeldBadge> held)
    {
        var byId = held.Where(b => !b.IsRevoked).ToDictionary(b => b.AssertionId, StringComparer.Ordinal);
        var selected = new List<SelectedBadge>();

        foreach (var item in page.Items)
        {
            if (!byId.TryGetValue(item.AssertionId, out var badge))
            {
                continue;
            }

            var chosen = item.EvidenceIds.ToHashSet(StringComparer.Ordinal);
            selected.Add(new SelectedBadge(badge, badge.Evidence.Where(e => chosen.Contains(e.Id)).ToList()));
        }

        return selected;
    }
}
