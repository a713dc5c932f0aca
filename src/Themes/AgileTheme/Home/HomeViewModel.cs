namespace ApprenantAgile.AgileTheme.Home;

/// <summary>What the <c>Home</c> Liquid template shows, as <c>Model</c>.</summary>
public sealed class HomeViewModel
{
    public required string SiteName { get; init; }

    /// <summary>Contact address from the site settings, or null when the centre set none.</summary>
    public string? ContactEmail { get; init; }
}
