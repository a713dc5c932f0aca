using System.Net;

namespace ApprenantAgile.Portfolio.Sharing;

/// <summary>HTML that a holder pastes into a CV site or a blog to show a badge linked to its credential.</summary>
public static class EmbedSnippets
{
    public static string Badge(string credentialUrl, string imageUrl, string badgeName, string issuerName) =>
        $"<a href=\"{WebUtility.HtmlEncode(credentialUrl)}\"><img src=\"{WebUtility.HtmlEncode(imageUrl)}\" alt=\"{WebUtility.HtmlEncode(badgeName + " – " + issuerName)}\" width=\"120\" height=\"120\"></a>";
}
