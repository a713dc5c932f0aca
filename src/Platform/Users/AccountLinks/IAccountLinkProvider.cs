namespace ApprenantAgile.Platform.Users.AccountLinks;

/// <summary>
/// Adds links to the account navigation that public and learner pages show to a signed-in user. A provider
/// belongs to its module's feature and is skipped on tenants where that feature is disabled. Links carrying a
/// permission show only to users who hold it.
/// </summary>
public interface IAccountLinkProvider
{
    IEnumerable<AccountLink> GetLinks();
}
