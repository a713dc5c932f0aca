using Microsoft.Extensions.Localization;

namespace ApprenantAgile.Platform.Users.AccountLinks;

/// <summary>A link of the account navigation, as a provider declares it.</summary>
/// <param name="Text">Localized text of the link.</param>
/// <param name="Url">Tenant-relative URL starting with "~/" (for example "~/mes-badges").</param>
/// <param name="Position">Ordering key; lower comes first.</param>
/// <param name="Permission">Permission name the user needs to see the link, or null for every signed-in user.</param>
public sealed record AccountLink(LocalizedString Text, string Url, int Position, string? Permission = null);
