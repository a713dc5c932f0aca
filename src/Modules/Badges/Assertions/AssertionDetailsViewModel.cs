using ApprenantAgile.Badges.Abstractions;

namespace ApprenantAgile.Badges.Assertions;

/// <summary>One issued badge in the admin, with the revoke form's reason.</summary>
public sealed class AssertionDetailsViewModel
{
    public required AssertionIndex Assertion { get; init; }

    public required BadgeClassInfo BadgeClass { get; init; }

    /// <summary>The decrypted recipient e-mail, or null when it can no longer be decrypted.</summary>
    public string? RecipientEmail { get; init; }

    public required Uri AssertionUrl { get; init; }

    public bool IsExpired { get; init; }

    public string? RevocationReason { get; set; }
}
