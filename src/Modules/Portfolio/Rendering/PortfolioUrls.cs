using ApprenantAgile.Badges.Issuing;
using Microsoft.AspNetCore.Http;

namespace ApprenantAgile.Portfolio.Rendering;

/// <summary>
/// Paths of the portfolio's routes, with the tenant's path base, and the absolute share URLs, built
/// on the same public base as the badges' own URLs.
/// </summary>
public sealed class PortfolioUrls(IHttpContextAccessor httpContextAccessor, Ob2Urls ob2Urls)
{
    public const string DashboardRoute = "mon-espace";
    public const string PagesRoute = "mon-espace/pages";
    public const string PageRoute = "portfolio";
    public const string ShareLinkSegment = "lien";

    private string PathBase => httpContextAccessor.HttpContext?.Request.PathBase.Value ?? "";

    public string Dashboard => $"{PathBase}/{DashboardRoute}";

    public string NewPage => $"{PathBase}/{PagesRoute}/nouvelle";

    public string EditPage(string pageId) => $"{PathBase}/{PagesRoute}/{pageId}";

    public string DeletePage(string pageId) => $"{PathBase}/{PagesRoute}/{pageId}/supprimer";

    public string RenewShareLink(string pageId) => $"{PathBase}/{PagesRoute}/{pageId}/nouveau-lien";

    /// <summary>Path of a page at its own address; only public pages open there for visitors.</summary>
    public string Page(string pageId) => $"{PathBase}{PageRelative(pageId)}";

    public string SharedPage(string token) => $"{PathBase}{SharedPageRelative(token)}";

    public string AbsolutePage(string pageId) => ob2Urls.Absolute(PageRelative(pageId)).ToString();

    public string AbsoluteSharedPage(string token) => ob2Urls.Absolute(SharedPageRelative(token)).ToString();

    /// <summary>Path of a subresource (evidence file, badge JSON) under the address a page was opened at.</summary>
    public static string Under(string pagePath, string relative) => pagePath + "/" + relative;

    public string Application(string applicationId) => $"{PathBase}/mes-demandes/{applicationId}";

    public string MyBadges => $"{PathBase}/mes-badges";

    public string NewApplication => $"{PathBase}/mes-demandes/nouvelle";

    public string BadgeClassImage(string badgeClassId) => $"{PathBase}{Ob2Urls.RoutePrefix}/badges/{Uri.EscapeDataString(badgeClassId)}/image.png";

    public string BakedImage(string assertionId, string fileName) => $"{PathBase}{Ob2Urls.RoutePrefix}/assertions/{assertionId}/{fileName}";

    public string Credential(string assertionId) => ob2Urls.Assertion(assertionId).ToString();

    public string AbsoluteBakedImage(string assertionId, string fileName) => ob2Urls.AssertionImage(assertionId, fileName).ToString();

    private static string PageRelative(string pageId) => $"/{PageRoute}/{pageId}";

    private static string SharedPageRelative(string token) => $"/{PageRoute}/{ShareLinkSegment}/{token}";
}
