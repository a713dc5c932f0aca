namespace ApprenantAgile.Platform.Users.AccountLinks;

/// <summary>
/// The account part of a page header. An anonymous visitor gets a sign-in link, a signed-in user their name,
/// their links and a sign-out form. The theme's Liquid <c>Layout</c> shows it as <c>Model.Account</c>, and
/// the Razor partial <c>_AccountNav</c> on the learner and account pages.
/// </summary>
public sealed class AccountNavigationViewModel
{
    public bool IsSignedIn { get; init; }

    /// <summary>User name of the signed-in user, or their e-mail address when the name is missing.</summary>
    public string? UserName { get; init; }

    public IReadOnlyList<AccountNavigationLink> Links { get; init; } = [];

    /// <summary>URL of the sign-in page returning to the current page; null when signed in or on the sign-in page.</summary>
    public string? SignInUrl { get; init; }

    /// <summary>URL the sign-out form posts to; null for an anonymous visitor.</summary>
    public string? SignOutUrl { get; init; }

    /// <summary>Name of the sign-out form's antiforgery field; null for an anonymous visitor.</summary>
    public string? AntiforgeryFieldName { get; init; }

    /// <summary>
    /// Antiforgery request token of the sign-out form. Only signed-in users get one: their pages are never stored
    /// in the public page cache, so no token reaches another visitor.
    /// </summary>
    public string? AntiforgeryToken { get; init; }
}
