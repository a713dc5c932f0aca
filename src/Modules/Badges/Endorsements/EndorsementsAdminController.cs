using ApprenantAgile.Platform.Admin;
using ApprenantAgile.Platform.Security.Permissions;
using ApprenantAgile.Platform.Tenants;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Filters;
using Microsoft.Extensions.Localization;

namespace ApprenantAgile.Badges.Endorsements;

/// <summary>
/// The endorsements admin of the national tenant. Staff pick a centre, then its issuer profile or one of its badge
/// classes, write a comment and sign the endorsement. The same page lists the endorsements and withdraws them.
/// Other tenants return 404.
/// </summary>
[Route("admin/badges/endorsements")]
public sealed class EndorsementsAdminController(
    EndorsementStore store,
    EndorsementIssuer issuer,
    EndorsableCentres centres,
    ITenantAccessor tenantAccessor,
    IStringLocalizer<EndorsementsAdminController> S) : Controller
{
    private const string ViewPath = "~/Views/Endorsements/Index.cshtml";

    public override void OnActionExecuting(ActionExecutingContext context)
    {
        // Only the national tenant endorses; elsewhere the admin does not exist.
        if (!tenantAccessor.Current.Settings.IsDefault)
        {
            context.Result = NotFound();
        }
    }

    [HttpGet("")]
    [RequirePermission(EndorsementPermissions.EndorseBadgeClassesName)]
    public async Task<IActionResult> Index(string? centre, CancellationToken cancellationToken)
    {
        var form = new EndorseFormModel { Centre = centre };
        return View(ViewPath, await PageAsync(form, cancellationToken));
    }

    [HttpPost("")]
    [RequirePermission(EndorsementPermissions.EndorseBadgeClassesName)]
    [ValidateAntiForgeryToken]
    public async Task<IActionResult> Endorse([Bind(Prefix = "Form")] EndorseFormModel form, CancellationToken cancellationToken)
    {
        if (string.IsNullOrWhiteSpace(form.Comment))
        {
            ModelState.AddModelError("Form." + nameof(form.Comment), S["The comment is missing. Write why the network endorses this badge or this centre."]);
        }
        else if (form.Comment.Trim().Length > EndorseFormModel.MaxCommentLength)
        {
            ModelState.AddModelError("Form." + nameof(form.Comment), S["The comment has {0} characters, more than the {1} allowed. Shorten it.", form.Comment.Trim().Length, EndorseFormModel.MaxCommentLength]);
        }

        var centre = string.IsNullOrEmpty(form.Centre) ? null : await centres.FindAsync(form.Centre, cancellationToken);
        if (string.IsNullOrEmpty(form.Centre))
        {
            ModelState.AddModelError("Form." + nameof(form.Centre), S["No centre is chosen. Choose a centre from the list."]);
        }
        else if (centre is null)
        {
            ModelState.AddModelError("Form." + nameof(form.Centre), S["The centre \"{0}\" was not found or does not issue badges. Choose a centre from the list.", form.Centre]);
        }

        var target = centre?.Targets.FirstOrDefault(t => t.SubjectId == form.SubjectId);
        if (centre is not null && string.IsNullOrEmpty(form.SubjectId))
        {
            ModelState.AddModelError("Form." + nameof(form.SubjectId), S["Nothing is chosen to endorse. Choose the centre's profile or one of its badge classes."]);
        }
        else if (centre is not null && target is null)
        {
            ModelState.AddModelError("Form." + nameof(form.SubjectId), S["The centre \"{0}\" has no such badge class or profile any more. Choose again from the list.", centre.IssuerName]);
        }

        if (target is not null && (await store.ListActiveAsync(centre!.TenantName, cancellationToken)).Any(e => e.SubjectId == target.SubjectId))
        {
            ModelState.AddModelError("Form." + nameof(form.SubjectId), S["\"{0}\" is already endorsed. Withdraw the current endorsement first to write another comment.", target.Name]);
        }

        if (!ModelState.IsValid || centre is null || target is null)
        {
            return View(ViewPath, await PageAsync(form, cancellationToken));
        }

        await issuer.EndorseAsync(centre.TenantName, target, form.Comment!.Trim(), User.Identity?.Name ?? "", cancellationToken);
        TempData.AddSuccess(S["\"{0}\" ({1}) is endorsed. Its pages show the endorsement now.", target.Name, centre.IssuerName]);
        return RedirectToAction(nameof(Index));
    }

    [HttpPost("{endorsementId:regex(^[[0-9a-f]]{{32}}$)}/withdraw")]
    [RequirePermission(EndorsementPermissions.EndorseBadgeClassesName)]
    [ValidateAntiForgeryToken]
    public async Task<IActionResult> Withdraw(string endorsementId, CancellationToken cancellationToken)
    {
        var endorsement = await store.FindAsync(endorsementId, cancellationToken);
        if (endorsement is null)
        {
            return NotFound();
        }

        if (await issuer.WithdrawAsync(endorsementId, User.Identity?.Name ?? "", cancellationToken))
        {
            TempData.AddSuccess(S["The endorsement of \"{0}\" is withdrawn. The centre's pages no longer show it.", endorsement.SubjectName]);
        }
        else
        {
            TempData.AddError(S["The endorsement of \"{0}\" was already withdrawn.", endorsement.SubjectName]);
        }

        return RedirectToAction(nameof(Index));
    }

    private async Task<EndorsementsPageModel> PageAsync(EndorseFormModel form, CancellationToken cancellationToken) => new()
    {
        Endorsements = await store.ListAsync(cancellationToken),
        CentreNames = centres.ListNames(),
        Centre = string.IsNullOrEmpty(form.Centre) ? null : await centres.FindAsync(form.Centre, cancellationToken),
        Form = form,
    };
}
