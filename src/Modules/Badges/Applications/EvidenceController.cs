using ApprenantAgile.Badges.Applications.Evidence;
using ApprenantAgile.Badges.Review;
using ApprenantAgile.Platform.Modules;
using ApprenantAgile.Platform.Security.Permissions;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Net.Http.Headers;

namespace ApprenantAgile.Badges.Applications;

/// <summary>
/// Serves evidence files to the applicant, and to users with ReviewApplications once the application
/// is sent. Anyone else, signed in or not, gets 404, so the response does not reveal whether the file
/// exists. Images, sound and video open inline. PDF is downloaded, because browser viewers can run its
/// scripts. Every response has nosniff and a sandboxing content security policy.
/// </summary>
[Feature(ApplicationsFeature.Id)]
[Route("preuves/{applicationId}/{evidenceId}")]
public sealed class EvidenceController(
    BadgeApplicationStore store,
    EvidenceFileStore files,
    CurrentUsers currentUsers,
    IAuthorizationService authorization) : Controller
{
    [HttpGet("")]
    public async Task<IActionResult> Download(string applicationId, string evidenceId, CancellationToken cancellationToken)
    {
        if (User.Identity?.IsAuthenticated != true)
        {
            return NotFound();
        }

        var application = await store.GetAsync(applicationId, cancellationToken);
        var evidence = application?.Evidence.FirstOrDefault(e => e.Id == evidenceId && e.Kind == EvidenceKind.File);
        if (application is null || evidence?.StoredName is null || !await CanReadAsync(application))
        {
            return NotFound();
        }

        var type = EvidenceFileType.FromContentType(evidence.ContentType);
        var content = files.Open(application.Id, evidence.StoredName);
        if (type is null || content is null)
        {
            return NotFound();
        }

        Response.Headers[HeaderNames.XContentTypeOptions] = "nosniff";
        Response.Headers[HeaderNames.ContentSecurityPolicy] = "default-src 'none'; sandbox";
        var downloadName = Path.ChangeExtension(evidence.Title, type.Extension);
        var disposition = new ContentDispositionHeaderValue(type.IsInline ? "inline" : "attachment");
        disposition.SetHttpFileName(downloadName);
        Response.Headers[HeaderNames.ContentDisposition] = disposition.ToString();
        return File(content, type.ContentType);
    }

    private async Task<bool> CanReadAsync(BadgeApplication application)
    {
        var user = await currentUsers.GetApplicantAsync(User);
        if (user is not null && user.UserId == application.ApplicantUserId)
        {
            return true;
        }

        // A draft is the learner's own until sent.
        return application.Status != BadgeApplicationStatus.Draft
            && (await authorization.AuthorizeAsync(User, PermissionPolicy.Prefix + ReviewPermissions.ReviewApplicationsName)).Succeeded;
    }
}
