using System.Text.Json.Nodes;
using ApprenantAgile.Platform.Security.Permissions;
using ApprenantAgile.Workflows.Activities;
using ApprenantAgile.Workflows.Admin;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;

namespace ApprenantAgile.Workflows.Editor;

/// <summary>
/// POST /admin/workflows/editor/outcomes: the outcomes of activity records with their current
/// settings. GET /admin/workflows/activities lists each kind's outcomes with empty settings, but
/// some kinds take theirs from a setting (a user task's outcomes are its actions), so the editor
/// requests them again when such settings change. It changes no data.
/// </summary>
public static class OutcomesEndpoint
{
    /// <summary>Maximum number of activity records in one request, far above any workflow type edited by hand.</summary>
    public const int MaxActivities = 500;

    public static void Map(IEndpointRouteBuilder endpoints) =>
        endpoints.MapPost("/admin/workflows/editor/outcomes", ListOutcomes)
            .WithMetadata(new RequirePermissionAttribute(WorkflowPermissions.ManageWorkflowsName))
            .AddEndpointFilter<AntiforgeryValidationFilter>();

    private static Results<Ok<Dictionary<string, List<OutcomeDescriptor>>>, BadRequest<string>> ListOutcomes(
        List<ActivityOutcomesRequest> activities, IActivityLibrary library)
    {
        if (activities.Count > MaxActivities)
        {
            return TypedResults.BadRequest($"The request lists {activities.Count} activities; send at most {MaxActivities}.");
        }

        var outcomes = new Dictionary<string, List<OutcomeDescriptor>>(StringComparer.Ordinal);
        foreach (var record in activities)
        {
            // An unknown kind gets no entry; the editor keeps the outcomes it had and the save reports the kind.
            if (library.Create(record.Name, record.Properties?.DeepClone().AsObject() ?? []) is { } activity)
            {
                outcomes[record.ActivityId] = activity.GetPossibleOutcomes()
                    .Select(o => new OutcomeDescriptor(o.Name, o.DisplayText.Value))
                    .ToList();
            }
        }

        return TypedResults.Ok(outcomes);
    }
}

/// <summary>One activity record whose outcomes the editor requests: its id, kind and settings.</summary>
public sealed record ActivityOutcomesRequest(string ActivityId, string Name, JsonObject? Properties);
