namespace ApprenantAgile.Badges;

/// <summary>Feature ids of the Badges module.</summary>
public static class BadgesFeature
{
    /// <summary>The module's main feature, as declared in Manifest.cs.</summary>
    public const string Id = "ApprenantAgile.Badges";
}
