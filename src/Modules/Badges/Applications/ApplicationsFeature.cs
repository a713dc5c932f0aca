namespace ApprenantAgile.Badges.Applications;

/// <summary>Id of the feature that adds badge applications, their review and the review workflow activities.</summary>
public static class ApplicationsFeature
{
    public const string Id = "ApprenantAgile.Badges.Applications";
}
