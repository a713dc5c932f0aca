using ApprenantAgile.Platform.Users.AccountLinks;
using Microsoft.Extensions.Localization;

namespace ApprenantAgile.Badges.Assertions;

/// <summary>Account navigation link to "Mes badges", the learner's badges with their downloads.</summary>
public sealed class MyBadgesAccountLink(IStringLocalizer<MyBadgesAccountLink> S) : IAccountLinkProvider
{
    public IEnumerable<AccountLink> GetLinks() => [new(S["My badges"], "~/mes-badges", Position: 20)];
}
