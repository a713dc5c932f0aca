using ApprenantAgile.Badges.Abstractions;
using ApprenantAgile.Badges.Applications.Evidence;
using ApprenantAgile.Platform.Admin;
using ApprenantAgile.Platform.Modules;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Options;

namespace ApprenantAgile.Badges.Applications;

/// <summary>
/// The learner's applications under /mes-demandes: list, new application, and one page per
/// application with its narrative, evidence, thread and the button that sends it.
/// Another user's application returns 404.
/// </summary>
[Feature(ApplicationsFeature.Id)]
[Authorize]
[Route("mes-demandes")]
public sealed class ApplicationsController(
    BadgeApplicationStore store,
    BadgeApplicationService service,
    IBadgeClassProvider badgeClasses,
    CurrentUsers currentUsers,
    IOptions<EvidenceOptions> evidenceOptions,
    IStringLocalizer<ApplicationsController> S) : Controller
{
    /// <summary>Largest request an upload form may send: the file limit plus room for the form's other fields.</summary>
    private const long MaxUploadRequestBytes = 512L * 1024 * 1024;

    [HttpGet("")]
    public async Task<IActionResult> Index(CancellationToken cancellationToken)
    {
        var applicant = await currentUsers.GetApplicantAsync(User);
        return applicant is null ? Challenge() : View(await store.ListByApplicantAsync(applicant.UserId, cancellationToken));
    }

    [HttpGet("nouvelle")]
    public async Task<IActionResult> New(CancellationToken cancellationToken) =>
        View(new NewApplicationModel { Badges = await badgeClasses.ListAsync(cancellationToken) });

    [HttpPost("nouvelle")]
    [ValidateAntiForgeryToken]
    public async Task<IActionResult> New(NewApplicationModel model, CancellationToken cancellationToken)
    {
        var applicant = await currentUsers.GetApplicantAsync(User);
        if (applicant is null)
        {
            return Challenge();
        }

        var (application, result) = await service.CreateDraftAsync(applicant, model.BadgeClassId, model.Narrative, cancellationToken);
        if (!result.Succeeded)
        {
            ModelState.AddModelError(result.Field ?? "", result.ErrorMessage!);
            model.Badges = await badgeClasses.ListAsync(cancellationToken);
            return View(model);
        }

        TempData.AddSuccess(S["Your draft is saved. Add your evidence, then send it."]);
        return RedirectToAction(nameof(Details), new { id = application!.Id });
    }

    [HttpGet("{id}")]
    public async Task<IActionResult> Details(string id, CancellationToken cancellationToken)
    {
        var application = await LoadOwnAsync(id, cancellationToken);
        return application is null ? NotFound() : View(await PageAsync(application, cancellationToken));
    }

    [HttpPost("{id}/recit")]
    [ValidateAntiForgeryToken]
    public Task<IActionResult> SaveNarrative(string id, [FromForm] string? narrative, CancellationToken cancellationToken) =>
        ApplyAsync(id, (application, ct) => service.UpdateNarrativeAsync(application, narrative, ct),
            S["Your text is saved."], page => page.Narrative = narrative, cancellationToken);

    [HttpPost("{id}/preuves/fichier")]
    [ValidateAntiForgeryToken]
    [RequestSizeLimit(MaxUploadRequestBytes)]
    [RequestFormLimits(MultipartBodyLengthLimit = MaxUploadRequestBytes)]
    public Task<IActionResult> AddFile(string id, IFormFile? file, CancellationToken cancellationToken) =>
        ApplyAsync(id, (application, ct) => service.AddFileAsync(application, file, ct),
            S["The file is added."], _ => { }, cancellationToken);

    [HttpPost("{id}/preuves/lien")]
    [ValidateAntiForgeryToken]
    public Task<IActionResult> AddLink(string id, [FromForm] string? linkTitle, [FromForm] string? linkUrl, CancellationToken cancellationToken) =>
        ApplyAsync(id, (application, ct) => service.AddLinkAsync(application, linkTitle, linkUrl, ct),
            S["The link is added."], page => (page.LinkTitle, page.LinkUrl) = (linkTitle, linkUrl), cancellationToken);

    [HttpPost("{id}/preuves/texte")]
    [ValidateAntiForgeryToken]
    public Task<IActionResult> AddText(string id, [FromForm] string? textTitle, [FromForm] string? text, CancellationToken cancellationToken) =>
        ApplyAsync(id, (application, ct) => service.AddTextAsync(application, textTitle, text, ct),
            S["The text is added."], page => (page.TextTitle, page.Text) = (textTitle, text), cancellationToken);

    [HttpPost("{id}/preuves/{evidenceId}/retirer")]
    [ValidateAntiForgeryToken]
    public Task<IActionResult> RemoveEvidence(string id, string evidenceId, CancellationToken cancellationToken) =>
        ApplyAsync(id, (application, ct) => service.RemoveEvidenceAsync(application, evidenceId, ct),
            S["The evidence is removed."], _ => { }, cancellationToken);

    [HttpPost("{id}/envoyer")]
    [ValidateAntiForgeryToken]
    public async Task<IActionResult> Submit(string id, [FromForm] string? comment, CancellationToken cancellationToken)
    {
        var applicant = await currentUsers.GetApplicantAsync(User);
        return applicant is null
            ? Challenge()
            : await ApplyAsync(id, (application, ct) => service.SubmitAsync(application, applicant, comment, ct),
                S["Your application is sent. The trainers will look at it and answer you here."], page => page.Comment = comment, cancellationToken);
    }

    /// <summary>Runs a change on the user's own application: redirect with a status message on success, the page with the error otherwise.</summary>
    private async Task<IActionResult> ApplyAsync(
        string id,
        Func<BadgeApplication, CancellationToken, Task<ApplicationResult>> change,
        string successMessage,
        Action<ApplicationPageModel> keepFormValues,
        CancellationToken cancellationToken)
    {
        var application = await LoadOwnAsync(id, cancellationToken);
        if (application is null)
        {
            return NotFound();
        }

        var result = await change(application, cancellationToken);
        if (result.Succeeded)
        {
            TempData.AddSuccess(successMessage);
            return RedirectToAction(nameof(Details), new { id });
        }

        ModelState.AddModelError(result.Field ?? "", result.ErrorMessage!);
        var page = await PageAsync(await LoadOwnAsync(id, cancellationToken) ?? application, cancellationToken);
        keepFormValues(page);
        Response.StatusCode = StatusCodes.Status400BadRequest;
        return View(nameof(Details), page);
    }

    private async Task<BadgeApplication?> LoadOwnAsync(string id, CancellationToken cancellationToken)
    {
        var applicant = await currentUsers.GetApplicantAsync(User);
        var application = await store.GetAsync(id, cancellationToken);
        return applicant is not null && application?.ApplicantUserId == applicant.UserId ? application : null;
    }

    private async Task<ApplicationPageModel> PageAsync(BadgeApplication application, CancellationToken cancellationToken) => new()
    {
        Application = application,
        Badge = await badgeClasses.GetAsync(application.BadgeClassId, cancellationToken),
        Limits = evidenceOptions.Value,
        Narrative = application.Narrative,
    };
}
