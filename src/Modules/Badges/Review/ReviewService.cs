using ApprenantAgile.Badges.Activities;
using ApprenantAgile.Badges.Applications;
using ApprenantAgile.Workflows.Activities;
using ApprenantAgile.Workflows.Activities.Events;
using ApprenantAgile.Workflows.Data;
using ApprenantAgile.Workflows;
using ApprenantAgile.Workflows.Execution;
using ApprenantAgile.Workflows.Locking;
using ApprenantAgile.Workflows.Models;
using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace ApprenantAgile.Badges.Review;

/// <summary>
/// The trainers' side of an application: the waiting list, the actions the workflow offers now, and
/// a decision, which resumes the review user task with the reviewer's id and comment in the input.
/// </summary>
/// <remarks>
/// Decisions on one application run one at a time under the lock "badge-application:{id}". The
/// checks then read what the previous decision wrote. Concurrent requests wait instead of reading
/// the database while a decision writes it, which matters on SQLite, where a write locks the whole file.
/// The user task is resumed through <see cref="IWorkflowManager.ResumeWorkflowAsync"/> under the
/// instance's lock, which returns null to every request but the first when several decide at once.
/// The issuer's source key "application:{id}" is a second guard against a double issue.
/// </remarks>
public sealed class ReviewService(
    BadgeApplicationStore applications,
    IWorkflowStore workflows,
    IWorkflowTypeStore workflowTypes,
    IActivityLibrary activities,
    IWorkflowManager manager,
    IDistributedLock locks,
    IOptions<WorkflowOptions> workflowOptions,
    TimeProvider clock,
    IStringLocalizer<ReviewService> S,
    ILogger<ReviewService> logger)
{
    private static readonly BadgeApplicationStatus[] WaitingStatuses = [BadgeApplicationStatus.Submitted, BadgeApplicationStatus.InReview];

    /// <summary>The number of applications on one page of the review inbox.</summary>
    public const int InboxPageSize = 25;

    /// <summary>
    /// Returns the page <paramref name="page"/> of the applications that wait for a decision, the longest
    /// waiting first. A page number past the last page returns the last page, and one below 1 the first.
    /// </summary>
    public async Task<ReviewInboxModel> ListWaitingAsync(int page, CancellationToken cancellationToken)
    {
        // The upper bound keeps the row offset within int for any page number in the query string.
        var number = Math.Clamp(page, 1, int.MaxValue / InboxPageSize);
        var (onPage, total) = await applications.ListByStatusAsync(WaitingStatuses, (number - 1) * InboxPageSize, InboxPageSize, cancellationToken);
        var pageCount = Math.Max(1, (total + InboxPageSize - 1) / InboxPageSize);

        // A link kept from before decisions emptied the last pages: show the last page instead of an empty one.
        if (number > pageCount)
        {
            number = pageCount;
            (onPage, total) = await applications.ListByStatusAsync(WaitingStatuses, (number - 1) * InboxPageSize, InboxPageSize, cancellationToken);
        }

        return new ReviewInboxModel { Applications = onPage, Page = number, PageCount = pageCount, TotalCount = total };
    }

    /// <summary>Returns the user tasks that wait for a decision on the application, in every running review workflow.</summary>
    public async Task<IReadOnlyList<PendingReviewTask>> ListPendingTasksAsync(string applicationId, CancellationToken cancellationToken)
    {
        var pending = new List<PendingReviewTask>();
        foreach (var workflowId in await workflows.ListHaltedOnAsync(nameof(UserTaskEvent), applicationId, cancellationToken))
        {
            var workflow = await workflows.LoadAsync(workflowId, cancellationToken);
            var workflowType = workflow is null ? null : await workflowTypes.GetAsync(workflow.WorkflowTypeId, cancellationToken);
            if (workflow is null || workflowType is null || workflow.Status != WorkflowStatus.Halted)
            {
                continue;
            }

            foreach (var blocking in workflow.BlockingActivities.Where(b => b.Name == nameof(UserTaskEvent)))
            {
                var record = workflowType.FindActivity(blocking.ActivityId);
                if (record is not null && activities.Create(blocking.Name, record.Properties) is UserTaskEvent task)
                {
                    pending.Add(new PendingReviewTask(workflow, blocking, task));
                }
            }
        }

        return pending;
    }

    /// <summary>
    /// Applies a reviewer's decision, or returns a localized message. The decision is rejected when the
    /// reviewer is the applicant or no waiting task offers the action to the reviewer's roles. It is also
    /// rejected when the comment is missing, the same trainer approves twice, or another decision came first.
    /// </summary>
    public async Task<ApplicationResult> DecideAsync(
        string applicationId, string action, string? comment, Reviewer reviewer, CancellationToken cancellationToken)
    {
        await using var handle = await locks.TryAcquireAsync($"badge-application:{applicationId}", workflowOptions.Value.LockTimeout, cancellationToken);
        if (handle is null)
        {
            logger.LogWarning("The decision lock of application {ApplicationId} was not acquired within {Timeout}", applicationId, workflowOptions.Value.LockTimeout);
            return ApplicationResult.Failure(S["Other decisions on this application are still running. Wait a moment and try again."]);
        }

        return await DecideLockedAsync(applicationId, action, comment, reviewer, cancellationToken);
    }

    private async Task<ApplicationResult> DecideLockedAsync(
        string applicationId, string action, string? comment, Reviewer reviewer, CancellationToken cancellationToken)
    {
        var application = await applications.GetAsync(applicationId, cancellationToken);
        if (application is null)
        {
            return ApplicationResult.Failure(S["The application \"{0}\" does not exist.", applicationId]);
        }

        if (application.ApplicantUserId == reviewer.UserId)
        {
            logger.LogWarning("User {UserId} tried to review their own application {ApplicationId}", reviewer.UserId, applicationId);
            return ApplicationResult.Failure(S["You cannot review your own application. Another trainer must do it."]);
        }

        var offering = (await ListPendingTasksAsync(applicationId, cancellationToken))
            .Where(p => p.Task.Actions.Contains(action, StringComparer.Ordinal))
            .ToList();
        if (offering.Count == 0)
        {
            return ApplicationResult.Failure(S["This application is not waiting for \"{0}\" any more: someone else may have decided. Reload the page to see where it is.", action]);
        }

        var allowed = offering.FirstOrDefault(p => p.Task.IsAllowed(reviewer.Roles));
        if (allowed is null)
        {
            return ApplicationResult.Failure(S["Your roles do not allow the action \"{0}\". It is reserved for: {1}.", action, string.Join(", ", offering[0].Task.Roles)]);
        }

        var trimmedComment = comment?.Trim() ?? "";
        if (ReviewActions.RequiresComment(action) && trimmedComment.Length == 0)
        {
            return ApplicationResult.Failure(S["Write a comment for the learner: they need to know why."], "Comment");
        }

        if (action == ReviewActions.Approve
            && RecordApprovalTask.ApproversOf(allowed.Workflow.State.Properties).Contains(reviewer.UserId, StringComparer.Ordinal))
        {
            return AlreadyApproved();
        }

        var input = UserTaskInput.Create(action, reviewer.Roles);
        input[ApplicationWorkflowInput.ReviewerId] = reviewer.UserId;
        input[ApplicationWorkflowInput.ReviewerName] = reviewer.Name;
        input[ApplicationWorkflowInput.Comment] = trimmedComment;

        var resumed = await manager.ResumeWorkflowAsync(allowed.Workflow, allowed.Blocking, input, cancellationToken);
        if (resumed is null)
        {
            return ApplicationResult.Failure(S["This application was already handled by someone else, or it changed. Reload the page to see where it is."]);
        }

        // Another node, or an edited workflow that starts a second instance, can let the same trainer pass
        // the check above. The workflow's RecordApprovalTask runs under the instance's lock and rejects it.
        if (RanAlreadyApproved(resumed.Workflow))
        {
            return AlreadyApproved();
        }

        await applications.AddThreadEntryAsync(new ApplicationThreadEntry
        {
            ApplicationId = applicationId,
            AuthorUserId = reviewer.UserId,
            AuthorName = reviewer.Name,
            Kind = ThreadEntryKind.Decision,
            Action = action,
            Comment = trimmedComment,
            CreatedUtc = clock.GetUtcNow().UtcDateTime,
        }, cancellationToken);
        logger.LogInformation("Reviewer {UserId} chose {Action} on application {ApplicationId} (workflow {WorkflowId})",
            reviewer.UserId, action, applicationId, resumed.WorkflowId);
        return ApplicationResult.Success;
    }

    private ApplicationResult AlreadyApproved() =>
        ApplicationResult.Failure(S["You already approved this application. This badge needs the approval of a second trainer."]);

    /// <summary>Returns true when the run that the last completed user task started recorded no approval because the trainer had approved before.</summary>
    private static bool RanAlreadyApproved(Workflow workflow)
    {
        var executed = workflow.State.ExecutedActivities;
        var start = executed.FindLastIndex(e => e.Name == nameof(UserTaskEvent) && e.Outcomes.Count > 0);
        return executed.Skip(start + 1).Any(e =>
            e.Name == nameof(RecordApprovalTask) && e.Outcomes.Contains(RecordApprovalTask.AlreadyApprovedOutcome));
    }
}
