namespace ApprenantAgile.Platform.Users.AccountLinks;

/// <summary>A link of <see cref="AccountNavigationViewModel"/>, ready to render.</summary>
public sealed class AccountNavigationLink
{
    public required string Text { get; init; }

    /// <summary>URL with the tenant's path base ("/centre-lyon/mes-badges").</summary>
    public required string Url { get; init; }

    /// <summary>
    /// Value of the link's aria-current attribute: "page" on the linked page itself, "true" on a page below it
    /// (an application under "Mes demandes"), null elsewhere.
    /// </summary>
    public string? AriaCurrent { get; init; }
}
