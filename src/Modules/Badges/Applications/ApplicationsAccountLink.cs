using ApprenantAgile.Platform.Modules;
using ApprenantAgile.Platform.Users.AccountLinks;
using Microsoft.Extensions.Localization;

namespace ApprenantAgile.Badges.Applications;

/// <summary>Account navigation link to "Mes demandes", the learner's badge applications.</summary>
[Feature(ApplicationsFeature.Id)]
public sealed class ApplicationsAccountLink(IStringLocalizer<ApplicationsAccountLink> S) : IAccountLinkProvider
{
    public IEnumerable<AccountLink> GetLinks() => [new(S["My applications"], "~/mes-demandes", Position: 10)];
}
