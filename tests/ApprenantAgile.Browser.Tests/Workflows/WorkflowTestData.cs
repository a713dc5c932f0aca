using System.Text.Json.Nodes;
using ApprenantAgile.Browser.Tests.Infrastructure;
using ApprenantAgile.Platform.Features;
using ApprenantAgile.Workflows;
using ApprenantAgile.Workflows.Data;
using ApprenantAgile.Workflows.Execution;
using ApprenantAgile.Workflows.Models;
using Microsoft.Extensions.DependencyInjection;

namespace ApprenantAgile.Browser.Tests.Workflows;

/// <summary>
/// Prepares the centre tenant of <see cref="BrowserFixture"/> for the workflow pages: enables the
/// Workflows feature, stores workflow types directly (bypassing the validator, so a test can also
/// store a type that faults when it runs) and triggers events.
/// </summary>
public static class WorkflowTestData
{
    public const string Tenant = BrowserFixture.CentreTenant;

    /// <summary>The centre's URL prefix with its trailing slash, as page URLs start.</summary>
    public const string PathBase = BrowserFixture.CentrePrefix + "/";

    public static async Task EnableWorkflowsAsync(BrowserHostFactory host)
    {
        await using var scope = await host.TenantHost.CreateScopeAsync(Tenant);
        var result = await scope.ServiceProvider.GetRequiredService<TenantFeatureManager>().EnableAsync([WorkflowsFeatures.Main]);
        if (!result.Succeeded)
        {
            throw new InvalidOperationException($"Enabling {WorkflowsFeatures.Main} on '{Tenant}' failed: {string.Join("; ", result.Errors)}");
        }
    }

    /// <summary>Returns a workflow type id that no other test uses.</summary>
    public static string NewId(string prefix) => $"{prefix}-{Guid.NewGuid().ToString("N")[..8]}";

    /// <summary>
    /// A review type: "created" (content created, start) → Done → "mail" (send e-mail) → Done → "log".
    /// </summary>
    public static WorkflowType ReviewType(string workflowTypeId, bool withLog = true, bool connectMail = true)
    {
        var type = new WorkflowType
        {
            WorkflowTypeId = workflowTypeId,
            Name = "Examen " + workflowTypeId,
            IsEnabled = true,
            Activities =
            [
                new() { ActivityId = "created", Name = "ContentCreatedEvent", IsStart = true, X = 40, Y = 40 },
                new()
                {
                    ActivityId = "mail", Name = "SendEmailTask", X = 40, Y = 240,
                    Properties = new JsonObject { ["Recipients"] = "formation@example.org", ["Subject"] = "Ancien objet", ["Body"] = "Bonjour" },
                },
            ],
        };

        if (connectMail)
        {
            type.Transitions.Add(new() { SourceActivityId = "created", SourceOutcomeName = "Done", DestinationActivityId = "mail" });
        }

        if (withLog)
        {
            type.Activities.Add(new()
            {
                ActivityId = "log", Name = "LogTask", X = 40, Y = 440,
                Properties = new JsonObject { ["Level"] = "Information", ["Text"] = "Demande examinée" },
            });
            type.Transitions.Add(new() { SourceActivityId = "mail", SourceOutcomeName = "Done", DestinationActivityId = "log" });
        }

        return type;
    }

    public static async Task SaveTypeAsync(BrowserHostFactory host, WorkflowType workflowType)
    {
        await using var scope = await host.TenantHost.CreateScopeAsync(Tenant);
        await scope.ServiceProvider.GetRequiredService<IWorkflowTypeStore>().SaveAsync(workflowType);
    }

    /// <summary>Raises a content-created event for a badge application, which starts the enabled types that start on it.</summary>
    public static async Task TriggerContentCreatedAsync(BrowserHostFactory host, string correlationId)
    {
        await using var scope = await host.TenantHost.CreateScopeAsync(Tenant);
        await scope.ServiceProvider.GetRequiredService<IWorkflowManager>().TriggerEventAsync(
            "ContentCreatedEvent", new JsonObject { ["ContentType"] = "BadgeApplication" }, correlationId);
    }
}
