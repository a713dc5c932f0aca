namespace ApprenantAgile.Platform.Users.SignInLinks;

/// <summary>Settings of one-time sign-in links, bound from the "Users:SignInLinks" configuration section.</summary>
public sealed class SignInLinkOptions
{
    public const string SectionName = "Users:SignInLinks";

    /// <summary>How long a link works after it is sent. Defaults to 15 minutes.</summary>
    public TimeSpan Lifetime { get; set; } = TimeSpan.FromMinutes(15);
}
