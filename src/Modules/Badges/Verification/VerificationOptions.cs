namespace ApprenantAgile.Badges.Verification;

/// <summary>Limits of the documents that the verification page fetches from other hosts; bound from "Badges:Verification".</summary>
public sealed class VerificationOptions
{
    public const string SectionName = "Badges:Verification";

    /// <summary>Time allowed for each remote fetch, redirects included.</summary>
    public TimeSpan FetchTimeout { get; set; } = TimeSpan.FromSeconds(10);

    /// <summary>Largest remote document read, in bytes; longer bodies are rejected.</summary>
    public int MaxDocumentBytes { get; set; } = 1024 * 1024;

    public int MaxRedirects { get; set; } = 3;

    /// <summary>
    /// Allows fetches to loopback, private, link-local and other non-public addresses. Off by default,
    /// because the page is public and would otherwise let anyone make the server call internal services.
    /// </summary>
    public bool AllowPrivateNetworkAddresses { get; set; }
}
