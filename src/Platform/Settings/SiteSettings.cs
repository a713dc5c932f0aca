using System.Text.Json.Nodes;

namespace ApprenantAgile.Platform.Settings;

/// <summary>A tenant's site settings, stored as a document and set by the "settings" recipe step.</summary>
public sealed class SiteSettings
{
    public string SiteName { get; set; } = "";

    /// <summary>Default culture of the site's pages and e-mails.</summary>
    public string Culture { get; set; } = "fr-FR";

    public string TimeZone { get; set; } = "Europe/Paris";

    /// <summary>Active front theme (module id of a theme).</summary>
    public string Theme { get; set; } = "AgileTheme";

    /// <summary>Contact address shown to learners and used as the sender's reply-to.</summary>
    public string? ContactEmail { get; set; }

    /// <summary>Module-specific settings, keyed by section name.</summary>
    public JsonObject Properties { get; set; } = [];
}
