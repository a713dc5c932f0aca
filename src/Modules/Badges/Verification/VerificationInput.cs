namespace ApprenantAgile.Badges.Verification;

/// <summary>What a visitor gives the verification page: one of a URL, an image or a pasted text, and optionally an e-mail to check.</summary>
public sealed record VerificationInput
{
    public string? AssertionUrl { get; init; }

    public byte[]? Image { get; init; }

    /// <summary>Pasted assertion JSON, compact JWS or URL.</summary>
    public string? Text { get; init; }

    public string? RecipientEmail { get; init; }
}
