using System.Data.Common;
using ApprenantAgile.Platform.Tenants;
using ApprenantAgile.Workflows.Data;
using ApprenantAgile.Workflows.Models;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace ApprenantAgile.Workflows.Execution;

/// <summary>
/// Saves an instance during a run and retries when the database rejects the save, such as a SQLite
/// file that stays busy past its busy timeout. A concurrency conflict is not retried: it means another
/// writer changed the instance, and saving again would overwrite that writer's state.
/// </summary>
public sealed class WorkflowInstanceSaver(
    IWorkflowStore store,
    ITenantAccessor tenantAccessor,
    IOptions<WorkflowOptions> options,
    ILogger<WorkflowInstanceSaver> logger)
{
    /// <summary>Saves <paramref name="workflow"/>; throws <see cref="WorkflowSaveException"/> after the last failed attempt.</summary>
    public async Task SaveAsync(Workflow workflow, string stepDescription, CancellationToken cancellationToken)
    {
        var maxAttempts = Math.Max(1, options.Value.MaxSaveAttempts);
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                await store.SaveAsync(workflow, cancellationToken);
                return;
            }
            catch (Exception ex) when (IsRetryable(ex) && attempt < maxAttempts)
            {
                logger.LogWarning(ex, "Tenant {Tenant}: saving workflow {WorkflowId} ({Step}) failed on attempt {Attempt} of {MaxAttempts}; retrying",
                    tenantAccessor.Current.Name, workflow.WorkflowId, stepDescription, attempt, maxAttempts);
                await Task.Delay(options.Value.SaveRetryDelay * attempt, cancellationToken);
            }
            catch (Exception ex) when (IsRetryable(ex))
            {
                throw new WorkflowSaveException(
                    $"Saving workflow '{workflow.WorkflowId}' ({stepDescription}) failed {maxAttempts} times: {ex.Message}", ex);
            }
        }
    }

    private static bool IsRetryable(Exception exception) =>
        exception is (DbUpdateException and not DbUpdateConcurrencyException) or DbException;
}
