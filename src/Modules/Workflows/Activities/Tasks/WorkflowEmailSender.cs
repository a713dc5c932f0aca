using ApprenantAgile.Platform.Email;
using ApprenantAgile.Platform.Liquid;
using ApprenantAgile.Workflows.Execution;
using ApprenantAgile.Workflows.Expressions;
using Microsoft.Extensions.Logging;

namespace ApprenantAgile.Workflows.Activities.Tasks;

/// <summary>
/// The sending code of the e-mail activities: renders a Liquid subject and body with the workflow in
/// scope and sends one message per recipient list. A failure is logged with the workflow and activity
/// ids and stored in LastResult, so that the activity only has to return its "Failed" outcome.
/// </summary>
public sealed class WorkflowEmailSender(
    IWorkflowExpressionEvaluator expressions,
    ISmtpService smtp,
    ILogger<WorkflowEmailSender> logger)
{
    /// <summary>
    /// Sends the rendered message to each list that <paramref name="resolveRecipients"/> returns (one
    /// message per list). Returns false when a template failed to render or a message was not sent.
    /// </summary>
    public async Task<bool> SendAsync(
        WorkflowExecutionContext workflowContext,
        ActivityContext activityContext,
        string subjectTemplate,
        string bodyTemplate,
        Func<CancellationToken, Task<IReadOnlyList<IReadOnlyList<string>>>> resolveRecipients,
        CancellationToken cancellationToken)
    {
        IReadOnlyList<IReadOnlyList<string>> recipientLists;
        string subject;
        string body;
        try
        {
            recipientLists = await resolveRecipients(cancellationToken);
            subject = (await expressions.RenderAsync(subjectTemplate, workflowContext, cancellationToken: cancellationToken)).Trim();
            body = await expressions.RenderAsync(bodyTemplate, workflowContext, cancellationToken: cancellationToken);
        }
        catch (LiquidTemplateException ex)
        {
            return RecordFailure(workflowContext, activityContext, ex.Message);
        }

        var errors = new List<string>();
        foreach (var recipients in recipientLists)
        {
            var result = await smtp.SendAsync(new MailMessage { To = recipients, Subject = subject, Body = body }, cancellationToken);
            if (!result.Succeeded)
            {
                errors.Add(recipientLists.Count == 1 ? result.ErrorMessage ?? "" : $"{string.Join(", ", recipients)}: {result.ErrorMessage}");
            }
        }

        return errors.Count == 0 || RecordFailure(workflowContext, activityContext, string.Join("; ", errors));
    }

    private bool RecordFailure(WorkflowExecutionContext workflowContext, ActivityContext activityContext, string error)
    {
        logger.LogWarning("Workflow {WorkflowId} activity {ActivityId}: the e-mail was not sent: {Error}",
            workflowContext.WorkflowId, activityContext.ActivityId, error);
        workflowContext.LastResult = error;
        return false;
    }
}
