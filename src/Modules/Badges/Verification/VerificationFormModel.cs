using Microsoft.AspNetCore.Http;

namespace ApprenantAgile.Badges.Verification;

/// <summary>The verification form: one of a badge link, an image or a pasted text, plus an optional e-mail to check.</summary>
public sealed class VerificationFormModel
{
    public string? Url { get; set; }

    public IFormFile? Image { get; set; }

    public string? Text { get; set; }

    public string? Email { get; set; }

    /// <summary>The result, once the form was posted and checked.</summary>
    public VerificationReport? Report { get; set; }
}
