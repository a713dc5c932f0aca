using ApprenantAgile.Badges.Applications;
using ApprenantAgile.Workflows.Execution;

namespace ApprenantAgile.Badges.Activities;

/// <summary>Finds the badge application a review workflow instance is about.</summary>
internal static class WorkflowApplications
{
    /// <summary>
    /// Loads the application named by the input's ApplicationId, else by the correlation id.
    /// Throws when there is none, which faults the instance with the id in its message.
    /// </summary>
    public static async Task<BadgeApplication> LoadAsync(
        this BadgeApplicationStore store, WorkflowExecutionContext workflowContext, CancellationToken cancellationToken)
    {
        var applicationId = workflowContext.Input[ApplicationWorkflowInput.ApplicationId]?.GetValue<string>();
        if (string.IsNullOrEmpty(applicationId))
        {
            applicationId = workflowContext.CorrelationId;
        }

        return await store.GetAsync(applicationId, cancellationToken)
            ?? throw new InvalidOperationException(
                $"Badge application '{applicationId}' was not found. Start this workflow with a badge application event, or set its correlation id to an application id.");
    }

    /// <summary>Returns a string value of the instance's input, or "" when it is missing.</summary>
    public static string InputString(this WorkflowExecutionContext workflowContext, string key) =>
        workflowContext.Input[key]?.GetValue<string>() ?? "";
}
