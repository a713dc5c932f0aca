using ApprenantAgile.Workflows.Activities;
using ApprenantAgile.Workflows.Activities.Events;
using ApprenantAgile.Workflows.Data;
using ApprenantAgile.Workflows.Models;
using Microsoft.Extensions.Localization;

namespace ApprenantAgile.Workflows.Execution;

/// <summary>
/// Completes a user task for a user. Checks that the instance waits on a user task that offers the
/// action to one of the user's roles, returns a localized reason when it does not, then resumes it.
/// </summary>
public sealed class UserTaskService(
    IWorkflowStore store,
    IWorkflowTypeStore types,
    IActivityLibrary library,
    IWorkflowManager manager,
    IStringLocalizer<UserTaskService> localizer)
{
    public async Task<UserTaskResult> CompleteAsync(
        string workflowId, string action, IReadOnlyCollection<string> userRoles, CancellationToken cancellationToken = default)
    {
        var workflow = await store.LoadAsync(workflowId, cancellationToken);
        var workflowType = workflow is null ? null : await types.GetAsync(workflow.WorkflowTypeId, cancellationToken);
        if (workflow is null || workflowType is null || workflow.Status != WorkflowStatus.Halted)
        {
            return UserTaskResult.Failure(localizer["The workflow \"{0}\" does not exist or is not waiting for a user action.", workflowId]);
        }

        var offering = workflow.BlockingActivities
            .Where(b => b.Name == nameof(UserTaskEvent))
            .Select(b => (Blocking: b, Task: library.Create(b.Name, workflowType.FindActivity(b.ActivityId)?.Properties ?? []) as UserTaskEvent))
            .Where(t => t.Task is not null && t.Task.Actions.Contains(action, StringComparer.Ordinal))
            .ToList();
        if (offering.Count == 0)
        {
            return UserTaskResult.Failure(localizer["The workflow \"{0}\" offers no action \"{1}\" now.", workflowId, action]);
        }

        var allowed = offering.FirstOrDefault(t => t.Task!.IsAllowed(userRoles));
        if (allowed.Task is null)
        {
            return UserTaskResult.Failure(localizer[
                "Your roles ({0}) do not allow the action \"{1}\"; it is reserved for: {2}.",
                string.Join(", ", userRoles), action, string.Join(", ", offering[0].Task!.Roles)]);
        }

        var resumed = await manager.ResumeWorkflowAsync(workflow, allowed.Blocking, UserTaskInput.Create(action, userRoles), cancellationToken);
        return resumed is null
            ? UserTaskResult.Failure(localizer["The workflow \"{0}\" changed before your action was applied. Reload it and try again.", workflowId])
            : UserTaskResult.Success;
    }
}
