using System.Security.Claims;
using ApprenantAgile.Platform.Tenants;
using ApprenantAgile.Workflows.Activities;
using ApprenantAgile.Workflows.Data;
using ApprenantAgile.Workflows.Execution;
using ApprenantAgile.Workflows.Models;
using ApprenantAgile.Workflows.Notifications;
using ApprenantAgile.Workflows.Validation;
using ApprenantAgile.Platform.Data;
using ApprenantAgile.Platform.Security.Permissions;
using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace ApprenantAgile.Workflows.Admin;

/// <summary>
/// JSON endpoints of the workflow editor, under /admin/workflows, for users with ManageWorkflows.
/// Requests that change data need the antiforgery header. Bodies use the recipe's JSON shape (PascalCase).
/// </summary>
public static class WorkflowAdminEndpoints
{
    public static void Map(IEndpointRouteBuilder endpoints)
    {
        var admin = endpoints.MapGroup("/admin/workflows")
            .WithMetadata(new RequirePermissionAttribute(WorkflowPermissions.ManageWorkflowsName));

        admin.MapGet("/antiforgery", GetAntiforgeryToken);
        admin.MapGet("/activities", ListActivities);
        admin.MapGet("/types", ListTypes);
        admin.MapGet("/types/{workflowTypeId}", GetTypeAsync);
        admin.MapPut("/types/{workflowTypeId}", SaveTypeAsync).AddEndpointFilter<AntiforgeryValidationFilter>();
        admin.MapDelete("/types/{workflowTypeId}", DeleteTypeAsync).AddEndpointFilter<AntiforgeryValidationFilter>();
        admin.MapGet("/instances", ListInstancesAsync);
        admin.MapGet("/instances/{workflowId}", GetInstanceAsync);
        admin.MapGet("/notifications", ListNotificationsAsync);

        // Completing any user task directly is for workflow administrators. Domain screens (such as
        // the badge review inbox) complete their own tasks through UserTaskService after their own
        // checks (no self-review, required comment), which this endpoint would otherwise bypass.
        endpoints.MapPost("/workflows/instances/{workflowId}/user-task", CompleteUserTaskAsync)
            .WithMetadata(new RequirePermissionAttribute(WorkflowPermissions.ManageWorkflowsName))
            .AddEndpointFilter<AntiforgeryValidationFilter>();
    }

    private static Ok<AntiforgeryTokenResponse> GetAntiforgeryToken(HttpContext httpContext, IAntiforgery antiforgery)
    {
        var tokens = antiforgery.GetAndStoreTokens(httpContext);
        return TypedResults.Ok(new AntiforgeryTokenResponse(tokens.HeaderName!, tokens.RequestToken!));
    }

    private static Ok<List<ActivityDescriptor>> ListActivities(IActivityLibrary library) =>
        TypedResults.Ok(library.ListAvailable()
            .Select(r => library.Create(r.Name, []))
            .OfType<IActivity>()
            .Select(ActivityDescriptor.From)
            .ToList());

    private static async Task<JsonHttpResult<IReadOnlyList<WorkflowType>>> ListTypes(IWorkflowTypeStore store, CancellationToken cancellationToken) =>
        TypedResults.Json(await store.ListAsync(cancellationToken), WorkflowJson.Options);

    private static async Task<Results<JsonHttpResult<WorkflowType>, NotFound>> GetTypeAsync(
        string workflowTypeId, IWorkflowTypeStore store, CancellationToken cancellationToken) =>
        await store.GetAsync(workflowTypeId, cancellationToken) is { } workflowType
            ? TypedResults.Json(workflowType, WorkflowJson.Options)
            : TypedResults.NotFound();

    private static async Task<Results<NoContent, ValidationProblem, BadRequest<string>>> SaveTypeAsync(
        string workflowTypeId,
        HttpRequest request,
        WorkflowTypeValidator validator,
        IWorkflowTypeStore store,
        ITenantAccessor tenantAccessor,
        IStringLocalizer<WorkflowTypeValidator> localizer,
        CancellationToken cancellationToken)
    {
        WorkflowType? workflowType;
        try
        {
            workflowType = await request.ReadFromJsonAsync<WorkflowType>(WorkflowJson.Options, cancellationToken);
        }
        catch (System.Text.Json.JsonException ex)
        {
            return TypedResults.BadRequest(localizer["The body is not a valid workflow type: {0}", ex.Message].Value);
        }

        if (workflowType is null)
        {
            return TypedResults.BadRequest(localizer["The body is empty. Send the workflow type as JSON."].Value);
        }

        workflowType.WorkflowTypeId = workflowTypeId;
        var errors = validator.Validate(workflowType, tenantAccessor.Current.EnabledFeatures);
        if (errors.Count > 0)
        {
            return TypedResults.ValidationProblem(errors
                .GroupBy(e => e.Property)
                .ToDictionary(g => g.Key, g => g.Select(e => e.Message).ToArray()));
        }

        await store.SaveAsync(workflowType, cancellationToken);
        return TypedResults.NoContent();
    }

    private static async Task<Results<NoContent, NotFound>> DeleteTypeAsync(
        string workflowTypeId, IWorkflowTypeStore store, CancellationToken cancellationToken) =>
        await store.DeleteAsync(workflowTypeId, cancellationToken) ? TypedResults.NoContent() : TypedResults.NotFound();

    private static async Task<Ok<List<WorkflowSummary>>> ListInstancesAsync(
        IWorkflowStore store,
        string? workflowTypeId,
        WorkflowStatus? status,
        string? correlationId,
        int? skip,
        int? take,
        CancellationToken cancellationToken)
    {
        var workflows = await store.ListAsync(new WorkflowQuery(workflowTypeId, status, correlationId, skip ?? 0, take ?? 50), cancellationToken);
        return TypedResults.Ok(workflows.Select(WorkflowSummary.From).ToList());
    }

    private static async Task<Results<JsonHttpResult<WorkflowDetails>, NotFound>> GetInstanceAsync(
        string workflowId, IWorkflowStore store, CancellationToken cancellationToken)
    {
        var workflow = await store.LoadAsync(workflowId, cancellationToken);
        if (workflow is null)
        {
            return TypedResults.NotFound();
        }

        var state = workflow.State;
        return TypedResults.Json(
            new WorkflowDetails(WorkflowSummary.From(workflow), state.Input, state.Properties, state.Output, state.LastResult, state.ExecutedActivities),
            WorkflowJson.Options);
    }

    private static async Task<Ok<List<WorkflowNotification>>> ListNotificationsAsync(TenantDbContext db, CancellationToken cancellationToken) =>
        TypedResults.Ok(await db.Set<WorkflowNotification>().AsNoTracking()
            .OrderByDescending(n => n.Id)
            .Take(100)
            .ToListAsync(cancellationToken));

    private static async Task<Results<NoContent, BadRequest<string>>> CompleteUserTaskAsync(
        string workflowId, UserTaskActionRequest body, ClaimsPrincipal user, UserTaskService userTasks, CancellationToken cancellationToken)
    {
        var roles = user.FindAll(ClaimTypes.Role).Select(c => c.Value).ToList();
        var result = await userTasks.CompleteAsync(workflowId, body.Action, roles, cancellationToken);
        return result.Succeeded ? TypedResults.NoContent() : TypedResults.BadRequest(result.ErrorMessage);
    }
}
