namespace ApprenantAgile.Portfolio.Viewing;

/// <summary>How long a rendered public page stays true: until the first of its badges expires.</summary>
public static class PageCacheLifetime
{
    /// <summary>Time until the earliest future expiry of a badge on the page, or <see cref="TimeSpan.MaxValue"/> when none expires.</summary>
    public static TimeSpan UntilNextExpiry(PageViewModel page, DateTime utcNow)
    {
        var next = page.Badges
            .Where(b => !b.IsExpired && b.ExpiresUtc is not null)
            .Select(b => b.ExpiresUtc!.Value)
            .DefaultIfEmpty(DateTime.MaxValue)
            .Min();
        return next == DateTime.MaxValue ? TimeSpan.MaxValue : next - utcNow;
    }
}
