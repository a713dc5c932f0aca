using System.Text.Json;

namespace ApprenantAgile.Portfolio.Pages;

/// <summary>
/// A page of a badge holder's portfolio: a title, a Markdown introduction, and an ordered selection
/// of the holder's badges, each with the evidence chosen for it. Nothing outside the selection is
/// readable through the page, whatever its visibility.
/// </summary>
public sealed class PortfolioPage
{
    private static readonly JsonSerializerOptions JsonOptions = new(JsonSerializerDefaults.Web);

    /// <summary>Random 32-character lowercase hex id, used in the page's own URL.</summary>
    public string Id { get; set; } = Guid.NewGuid().ToString("N");

    public string OwnerUserId { get; set; } = "";

    public string Title { get; set; } = "";

    /// <summary>The holder's Markdown; rendered through Markdig with raw HTML disabled, then sanitised.</summary>
    public string Introduction { get; set; } = "";

    public PageVisibility Visibility { get; set; }

    /// <summary>Secret of the share link (see <see cref="ShareTokens"/>), or null until the page is first shared by link.</summary>
    public string? ShareToken { get; set; }

    /// <summary>Last moment (UTC) the share link works, or null when it does not end.</summary>
    public DateTime? ShareExpiresUtc { get; set; }

    /// <summary>JSON array of <see cref="PageItem"/>, in display order.</summary>
    public string ItemsJson { get; set; } = "[]";

    public DateTime CreatedUtc { get; set; }

    public DateTime ModifiedUtc { get; set; }

    public IReadOnlyList<PageItem> Items
    {
        get => JsonSerializer.Deserialize<List<PageItem>>(ItemsJson, JsonOptions) ?? [];
        set => ItemsJson = JsonSerializer.Serialize(value, JsonOptions);
    }

    /// <summary>True when the share link opens the page at <paramref name="utcNow"/>.</summary>
    public bool IsShareLinkOpenAt(DateTime utcNow) =>
        Visibility == PageVisibility.LinkOnly && ShareToken is not null && (ShareExpiresUtc is not { } end || utcNow <= end);
}
