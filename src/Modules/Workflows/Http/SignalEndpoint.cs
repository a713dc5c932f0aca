using System.Text.Json.Nodes;
using ApprenantAgile.Workflows.Activities.Events;
using ApprenantAgile.Workflows.Data;
using ApprenantAgile.Workflows.Execution;
using ApprenantAgile.Workflows.Models;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;

namespace ApprenantAgile.Workflows.Http;

/// <summary>
/// <c>POST /workflows/signal/{token}</c>: resumes the instance's SignalEvent activities waiting for
/// the token's signal. An optional JSON object body is merged into the instance's Input. The token
/// is the credential, so the endpoint takes no cookie and needs no antiforgery token.
/// </summary>
public static class SignalEndpoint
{
    public const string Route = "/workflows/signal/{token}";

    public static async Task<Results<NoContent, NotFound, Conflict, BadRequest>> HandleAsync(
        string token,
        HttpRequest request,
        SignalTokenService tokens,
        IWorkflowStore store,
        IWorkflowManager manager,
        CancellationToken cancellationToken)
    {
        var signal = tokens.TryUnprotect(token);
        if (signal is null)
        {
            return TypedResults.NotFound();
        }

        var input = new JsonObject();
        if (request.HasJsonContentType())
        {
            if (await request.ReadFromJsonAsync<JsonObject>(cancellationToken) is not { } body)
            {
                return TypedResults.BadRequest();
            }

            foreach (var (key, value) in body)
            {
                input[key] = value?.DeepClone();
            }
        }

        input[SignalEvent.SignalInputKey] = signal.SignalName;

        var workflow = await store.LoadAsync(signal.WorkflowId, cancellationToken);
        var blocking = workflow?.BlockingActivities.Where(b => b.Name == nameof(SignalEvent)).ToList() ?? [];
        if (workflow is null || workflow.Status != WorkflowStatus.Halted || blocking.Count == 0)
        {
            return TypedResults.NotFound();
        }

        foreach (var activity in blocking)
        {
            if (await manager.ResumeWorkflowAsync(workflow, activity, input, cancellationToken) is not null)
            {
                return TypedResults.NoContent();
            }
        }

        // Halted on signals, but none waits for this name (or another request resumed it first).
        return TypedResults.Conflict();
    }
}
