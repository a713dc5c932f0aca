using ApprenantAgile.Badges.Activities;
using ApprenantAgile.Badges.Applications;
using ApprenantAgile.Platform.Admin;
using ApprenantAgile.Platform.Modules;
using ApprenantAgile.Platform.Security.Permissions;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;

namespace ApprenantAgile.Badges.Review;

/// <summary>
/// The review inbox under /admin/demandes: the applications waiting for a decision, and one page per
/// application with its evidence, its thread and the actions of the workflow's waiting user task.
/// </summary>
[Feature(ApplicationsFeature.Id)]
[Route("admin/demandes")]
[RequirePermission(ReviewPermissions.ReviewApplicationsName)]
public sealed class ReviewController(
    ReviewService reviews,
    BadgeApplicationStore store,
    CurrentUsers currentUsers,
    IStringLocalizer<ReviewController> S) : Controller
{
    /// <param name="page">The inbox page, from 1; see <see cref="ReviewService.InboxPageSize"/>.</param>
    [HttpGet("")]
    public async Task<IActionResult> Index([FromQuery] int page = 1, CancellationToken cancellationToken = default) =>
        View(await reviews.ListWaitingAsync(page, cancellationToken));

    [HttpGet("{id}")]
    public async Task<IActionResult> Details(string id, CancellationToken cancellationToken)
    {
        var page = await PageAsync(id, cancellationToken);
        return page is null ? NotFound() : View(page);
    }

    [HttpPost("{id}/decision")]
    [ValidateAntiForgeryToken]
    public async Task<IActionResult> Decide(string id, [FromForm] string? decision, [FromForm] string? comment, CancellationToken cancellationToken)
    {
        var reviewer = await currentUsers.GetReviewerAsync(User);
        if (reviewer is null)
        {
            return Challenge();
        }

        var result = await reviews.DecideAsync(id, decision ?? "", comment, reviewer, cancellationToken);
        if (result.Succeeded)
        {
            TempData.AddSuccess(S["Your decision \"{0}\" is recorded.", decision ?? ""]);
            return RedirectToAction(nameof(Details), new { id });
        }

        var page = await PageAsync(id, cancellationToken);
        if (page is null)
        {
            return NotFound();
        }

        ModelState.AddModelError(result.Field ?? "", result.ErrorMessage!);
        page.Comment = comment;
        // A missing form field (the comment) is the reviewer's input to fix; any other failure is the application's state.
        Response.StatusCode = result.Field is null ? StatusCodes.Status409Conflict : StatusCodes.Status422UnprocessableEntity;
        return View(nameof(Details), page);
    }

    private async Task<ReviewPageModel?> PageAsync(string id, CancellationToken cancellationToken)
    {
        var application = await store.GetAsync(id, cancellationToken);
        var reviewer = await currentUsers.GetReviewerAsync(User);
        if (application is null || reviewer is null || application.Status == BadgeApplicationStatus.Draft)
        {
            return null;
        }

        var pending = await reviews.ListPendingTasksAsync(id, cancellationToken);
        var isOwn = application.ApplicantUserId == reviewer.UserId;
        return new ReviewPageModel
        {
            Application = application,
            IsOwnApplication = isOwn,
            Actions = isOwn ? [] : pending.Where(p => p.Task.IsAllowed(reviewer.Roles)).SelectMany(p => p.Task.Actions).Distinct().ToList(),
            Approvers = pending.SelectMany(p => RecordApprovalTask.ApproversOf(p.Workflow.State.Properties)).Distinct().ToList(),
        };
    }
}
