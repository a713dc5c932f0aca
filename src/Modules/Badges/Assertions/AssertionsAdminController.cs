using ApprenantAgile.Badges.Abstractions;
using ApprenantAgile.Badges.Issuing;
using ApprenantAgile.Badges.Issuing.Csv;
using ApprenantAgile.Badges.Revocation;
using ApprenantAgile.Platform.Security.Permissions;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;

namespace ApprenantAgile.Badges.Assertions;

/// <summary>The admin of issued badges: filtered list, details, revoke with a reason, re-send the e-mail, issue by hand and from a CSV file.</summary>
[RequirePermission("AccessAdmin")]
[RequirePermission(IssuingPermissions.ViewAssertionsName)]
[AutoValidateAntiforgeryToken]
[Route("admin/badges/assertions")]
public sealed class AssertionsAdminController(
    AssertionStore store,
    IBadgeClassProvider badgeClasses,
    RecipientEmailProtector emailProtector,
    AssertionRevoker revoker,
    IBadgeIssuer issuer,
    BadgeEmailSender emailSender,
    CsvIssueImporter csvImporter,
    Ob2Urls urls,
    TimeProvider timeProvider,
    IStringLocalizer<AssertionsAdminController> T) : Controller
{
    public const int PageSize = 25;

    private const string Views = "~/Views/Assertions/";

    [HttpGet("")]
    public async Task<IActionResult> Index([FromQuery] AssertionListViewModel model, CancellationToken cancellationToken)
    {
        var filter = new AssertionFilter
        {
            BadgeClassId = string.IsNullOrEmpty(model.Badge) ? null : model.Badge,
            Status = model.Status switch { "issued" => AssertionStatus.Issued, "revoked" => AssertionStatus.Revoked, _ => null },
            IssuedFromUtc = model.From is { } from ? ParisTime.StartOfDay(from).UtcDateTime : null,
            IssuedBeforeUtc = model.To is { } to ? ParisTime.StartOfDay(to.AddDays(1)).UtcDateTime : null,
            RecipientLookup = string.IsNullOrWhiteSpace(model.Email) ? null : await emailProtector.ComputeLookupAsync(model.Email, cancellationToken),
        };

        model.Page = Math.Max(1, model.Page);
        var (page, total) = await store.SearchAsync(filter, (model.Page - 1) * PageSize, PageSize, cancellationToken);
        model.TotalCount = total;
        model.PageCount = Math.Max(1, (total + PageSize - 1) / PageSize);
        model.Assertions = page;
        model.BadgeClasses = await badgeClasses.ListAsync(cancellationToken);
        model.NowUtc = timeProvider.GetUtcNow().UtcDateTime;
        return View(Views + "Index.cshtml", model);
    }

    [HttpGet("{assertionId:regex(^[[0-9a-f]]{{32}}$)}")]
    public async Task<IActionResult> Details(string assertionId, CancellationToken cancellationToken)
    {
        var model = await LoadDetailsAsync(assertionId, cancellationToken);
        return model is null ? NotFound() : View(Views + "Details.cshtml", model);
    }

    [HttpPost("{assertionId:regex(^[[0-9a-f]]{{32}}$)}/revoke")]
    [RequirePermission(IssuingPermissions.RevokeBadgesName)]
    public async Task<IActionResult> Revoke(string assertionId, string? revocationReason, CancellationToken cancellationToken)
    {
        var outcome = await revoker.RevokeAsync(assertionId, revocationReason, User.FindFirst(System.Security.Claims.ClaimTypes.NameIdentifier)?.Value, cancellationToken);
        switch (outcome)
        {
            case RevocationOutcome.NotFound:
                return NotFound();
            case RevocationOutcome.InvalidReason:
                var model = (await LoadDetailsAsync(assertionId, cancellationToken))!;
                model.RevocationReason = revocationReason;
                ModelState.AddModelError("RevocationReason", T["Give the reason for the revocation (at most {0} characters). It is shown to anyone who verifies the badge.", AssertionRevoker.MaxReasonLength]);
                return View(Views + "Details.cshtml", model);
            case RevocationOutcome.AlreadyRevoked:
                TempData["Message"] = T["This badge was already revoked."].Value;
                break;
            default:
                TempData["Message"] = T["The badge is revoked."].Value;
                break;
        }

        return RedirectToAction(nameof(Details), new { assertionId });
    }

    [HttpPost("{assertionId:regex(^[[0-9a-f]]{{32}}$)}/resend")]
    [RequirePermission(IssuingPermissions.IssueBadgesName)]
    public async Task<IActionResult> Resend(string assertionId, CancellationToken cancellationToken)
    {
        var model = await LoadDetailsAsync(assertionId, cancellationToken);
        if (model is null)
        {
            return NotFound();
        }

        if (model.RecipientEmail is null)
        {
            TempData["Message"] = T["The recipient's e-mail address can no longer be read, so the e-mail was not sent."].Value;
        }
        else
        {
            var result = await emailSender.SendAsync(model.Assertion, model.RecipientEmail, model.BadgeClass.Name, cancellationToken);
            TempData["Message"] = result.Succeeded
                ? T["The e-mail was sent again."].Value
                : T["The e-mail could not be sent: {0}", result.ErrorMessage ?? ""].Value;
        }

        return RedirectToAction(nameof(Details), new { assertionId });
    }

    [HttpGet("issue")]
    [RequirePermission(IssuingPermissions.IssueBadgesName)]
    public async Task<IActionResult> Issue(CancellationToken cancellationToken) =>
        View(Views + "Issue.cshtml", new IssueFormModel { BadgeClasses = await badgeClasses.ListAsync(cancellationToken) });

    [HttpPost("issue")]
    [RequirePermission(IssuingPermissions.IssueBadgesName)]
    public async Task<IActionResult> Issue(IssueFormModel model, CancellationToken cancellationToken)
    {
        model.BadgeClasses = await badgeClasses.ListAsync(cancellationToken);
        if (model.BadgeClasses.All(c => c.Id != model.BadgeClassId))
        {
            ModelState.AddModelError(nameof(model.BadgeClassId), T["Choose a badge."]);
        }

        if (!BadgeIssuer.IsValidEmail(model.Email))
        {
            ModelState.AddModelError(nameof(model.Email), T["Enter the learner's e-mail address, such as name@domain.fr."]);
        }

        Uri? evidenceUrl = null;
        if (!string.IsNullOrWhiteSpace(model.EvidenceUrl)
            && (!Uri.TryCreate(model.EvidenceUrl.Trim(), UriKind.Absolute, out evidenceUrl) || (evidenceUrl.Scheme != Uri.UriSchemeHttps && evidenceUrl.Scheme != Uri.UriSchemeHttp)))
        {
            ModelState.AddModelError(nameof(model.EvidenceUrl), T["The evidence link must be a full address starting with https://."]);
        }

        var today = DateOnly.FromDateTime(ParisTime.ToParis(timeProvider.GetUtcNow()).DateTime);
        if (model.IssuedOn > today)
        {
            ModelState.AddModelError(nameof(model.IssuedOn), T["The date cannot be in the future."]);
        }

        if (!ModelState.IsValid)
        {
            return View(Views + "Issue.cshtml", model);
        }

        var userId = User.FindFirst(System.Security.Claims.ClaimTypes.NameIdentifier)?.Value;
        IssueResult result;
        try
        {
            result = await issuer.IssueAsync(new IssueRequest
        {
            BadgeClassId = model.BadgeClassId!,
            RecipientEmail = model.Email!,
            RecipientName = model.Name,
            // One manual issue per form submission: the antiforgery-protected form has no natural key, so a new one is made.
            SourceKey = "admin:" + Guid.NewGuid().ToString("N"),
            IssuedOn = model.IssuedOn is { } date && date != today ? ParisTime.StartOfDay(date) : null,
            Narrative = model.Narrative,
            Evidence = evidenceUrl is null ? [] : [new EvidenceItem(null, null, null, evidenceUrl)],
            IssuedBy = userId,
        }, cancellationToken);
        }
        catch (BadgeIssuingException ex)
        {
            ModelState.AddModelError(string.Empty, T["The badge could not be issued: {0}", ex.Message]);
            return View(Views + "Issue.cshtml", model);
        }

        TempData["Message"] = T["The badge is issued and the learner was sent an e-mail."].Value;
        return RedirectToAction(nameof(Details), new { assertionId = result.AssertionId });
    }

    [HttpGet("import")]
    [RequirePermission(IssuingPermissions.IssueBadgesName)]
    public IActionResult Import() => View(Views + "Import.cshtml", new CsvImportViewModel());

    [HttpPost("import")]
    [RequirePermission(IssuingPermissions.IssueBadgesName)]
    [RequestSizeLimit(CsvIssueImporter.MaxFileBytes + 64 * 1024)]
    public async Task<IActionResult> Import(IFormFile? file, CancellationToken cancellationToken)
    {
        if (file is null || file.Length == 0)
        {
            ModelState.AddModelError("file", T["Choose a CSV file."]);
            return View(Views + "Import.cshtml", new CsvImportViewModel());
        }

        using var buffer = new MemoryStream();
        await file.CopyToAsync(buffer, cancellationToken);
        var report = await csvImporter.ImportAsync(buffer.ToArray(), User.FindFirst(System.Security.Claims.ClaimTypes.NameIdentifier)?.Value, cancellationToken);
        return View(Views + "Import.cshtml", new CsvImportViewModel { Report = report });
    }

    private async Task<AssertionDetailsViewModel?> LoadDetailsAsync(string assertionId, CancellationToken cancellationToken)
    {
        var assertion = await store.FindAsync(assertionId, cancellationToken);
        if (assertion is null)
        {
            return null;
        }

        return new AssertionDetailsViewModel
        {
            Assertion = assertion,
            BadgeClass = BadgeClassSnapshot.Deserialize(assertion.BadgeClassSnapshotJson),
            RecipientEmail = emailProtector.Unprotect(assertion.ProtectedRecipientEmail, assertion.AssertionId),
            AssertionUrl = urls.Assertion(assertion.AssertionId),
            IsExpired = assertion.IsExpiredAt(timeProvider.GetUtcNow().UtcDateTime),
        };
    }
}
