using ApprenantAgile.Platform.Users.AccountLinks;
using Microsoft.Extensions.Localization;

namespace ApprenantAgile.Platform.Admin;

/// <summary>Account navigation link to the admin dashboard, for staff who may open the administration area.</summary>
public sealed class AdministrationAccountLink(IStringLocalizer<AdministrationAccountLink> S) : IAccountLinkProvider
{
    public IEnumerable<AccountLink> GetLinks() => [new(S["Administration"], "~/admin", Position: 100, Permission: AdminPermissions.AccessAdmin)];
}
