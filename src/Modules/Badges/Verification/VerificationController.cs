using ApprenantAgile.Badges.Issuing;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;

namespace ApprenantAgile.Badges.Verification;

/// <summary>The public verification page: checks a badge given by link, baked image or pasted text, in plain French.</summary>
[AllowAnonymous]
[Route("verifier")]
public sealed class VerificationController(BadgeVerifier verifier, IStringLocalizer<VerificationController> T) : Controller
{
    /// <summary>Largest uploaded image, in bytes; baked badge images are far smaller.</summary>
    public const int MaxImageBytes = 2 * 1024 * 1024;

    private const string ViewPath = "~/Views/Verification/Index.cshtml";

    [HttpGet("")]
    public IActionResult Index(string? url) => View(ViewPath, new VerificationFormModel { Url = url });

    [HttpPost("")]
    [ValidateAntiForgeryToken]
    [RequestSizeLimit(MaxImageBytes + 64 * 1024)]
    public async Task<IActionResult> Index(VerificationFormModel model, CancellationToken cancellationToken)
    {
        byte[]? image = null;
        if (model.Image is { Length: > 0 } file)
        {
            if (file.Length > MaxImageBytes)
            {
                ModelState.AddModelError(nameof(model.Image), T["The image is larger than {0} MB. Upload the badge's original PNG or SVG file.", MaxImageBytes / 1024 / 1024]);
            }
            else
            {
                using var buffer = new MemoryStream();
                await file.CopyToAsync(buffer, cancellationToken);
                image = buffer.ToArray();
            }
        }

        if (image is null && string.IsNullOrWhiteSpace(model.Url) && string.IsNullOrWhiteSpace(model.Text) && ModelState.IsValid)
        {
            ModelState.AddModelError(nameof(model.Url), T["Give the badge's link, its image file or its text."]);
        }

        if (!string.IsNullOrWhiteSpace(model.Email) && !BadgeIssuer.IsValidEmail(model.Email))
        {
            ModelState.AddModelError(nameof(model.Email), T["The e-mail address is not valid. Write it as name@domain.fr, or leave the field empty."]);
        }

        if (!ModelState.IsValid)
        {
            return View(ViewPath, model);
        }

        model.Report = await verifier.VerifyAsync(new VerificationInput
        {
            Image = image,
            AssertionUrl = model.Url,
            Text = model.Text,
            RecipientEmail = model.Email,
        }, cancellationToken);
        return View(ViewPath, model);
    }
}
