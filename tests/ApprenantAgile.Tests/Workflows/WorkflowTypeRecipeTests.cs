using System.Globalization;
using System.Text.Json.Nodes;
using ApprenantAgile.Platform.Deployment;
using ApprenantAgile.Platform.Recipes;
using ApprenantAgile.Platform.Tenants;
using ApprenantAgile.Tests.Infrastructure;
using ApprenantAgile.Workflows;
using ApprenantAgile.Workflows.Data;
using Microsoft.Extensions.DependencyInjection;

namespace ApprenantAgile.Tests.Workflows;

public sealed class WorkflowTypeRecipeTests
{
    private const string ValidActivities = """
        [
          { "ActivityId": "created", "Name": "ContentCreatedEvent", "IsStart": true, "Properties": {} },
          { "ActivityId": "check", "Name": "IfElseTask", "Properties": { "Condition": "Input.ContentType == 'BadgeApplication'" } },
          { "ActivityId": "log", "Name": "LogTask", "Properties": { "Text": "Demande {{ Input.ContentItemId }}" } }
        ]
        """;

    private const string ValidTransitions = """
        [
          { "SourceActivityId": "created", "SourceOutcomeName": "Done", "DestinationActivityId": "check" },
          { "SourceActivityId": "check", "SourceOutcomeName": "True", "DestinationActivityId": "log" }
        ]
        """;

    public static TheoryData<string, string, string, string> InvalidTypes => new()
    {
        {
            "unknown activity",
            ValidActivities.Replace("\"LogTask\"", "\"IssueBadgeTask\""), ValidTransitions,
            "L'activité « log » est du type « IssueBadgeTask », qui n'existe pas ou dont la fonctionnalité n'est pas activée sur ce site."
        },
        {
            "undeclared outcome",
            ValidActivities, ValidTransitions.Replace("\"True\"", "\"Maybe\""),
            "La transition 2 quitte l'activité « check » par l'issue « Maybe », que cette activité n'a pas. Ses issues sont : True, False."
        },
        {
            "missing target",
            ValidActivities, ValidTransitions.Replace("\"DestinationActivityId\": \"log\"", "\"DestinationActivityId\": \"nowhere\""),
            "La transition 2 mène à l'activité « nowhere », qui n'existe pas dans ce type de workflow."
        },
        {
            "duplicate start",
            ValidActivities.Replace("{ \"ActivityId\": \"check\"", "{ \"ActivityId\": \"created-again\", \"Name\": \"ContentCreatedEvent\", \"IsStart\": true },\n{ \"ActivityId\": \"check\""), ValidTransitions,
            "Les activités « created » et « created-again » démarrent toutes deux le workflow sur l'événement « ContentCreatedEvent »"
        },
        {
            "task as start",
            ValidActivities.Replace("\"Name\": \"LogTask\",", "\"Name\": \"LogTask\", \"IsStart\": true,"), ValidTransitions,
            "L'activité « log » (LogTask) ne peut pas démarrer un workflow"
        },
        {
            "invalid condition",
            ValidActivities.Replace("Input.ContentType == 'BadgeApplication'", "Input.ContentType == "), ValidTransitions,
            "Activité « check », paramètre « Condition » : La condition « Input.ContentType ==  » n'est pas valide à la position"
        },
    };

    [Theory]
    [MemberData(nameof(InvalidTypes))]
    public async Task InvalidType_RejectedInFrenchAndNothingImported(string @case, string activities, string transitions, string expected)
    {
        using var factory = new WorkflowsPlatformFactory();
        var tenant = (await factory.CreateWorkflowTenantAsync(DatabaseProvider.Sqlite)).Name;

        var result = await RunRecipeAsync(factory, tenant, Recipe("rejected", activities, transitions, withValidSecondType: true));

        Assert.False(result.Succeeded, @case);
        Assert.Contains(result.Errors, e => e.Message.StartsWith(expected, StringComparison.Ordinal));
        Assert.Empty(await ListTypesAsync(factory, tenant));
    }

    [Fact]
    public async Task SignalEvent_RejectedWhereHttpFeatureDisabled()
    {
        using var factory = new WorkflowsPlatformFactory();
        var tenant = (await factory.CreateWorkflowTenantAsync(DatabaseProvider.Sqlite, WorkflowsFeatures.Main)).Name;
        var activities = ValidActivities.Replace("\"Name\": \"LogTask\", \"Properties\": { \"Text\": \"Demande {{ Input.ContentItemId }}\" }",
            "\"Name\": \"SignalEvent\", \"Properties\": { \"SignalName\": \"evidence-received\" }");

        var result = await RunRecipeAsync(factory, tenant, Recipe("signal", activities, ValidTransitions, withValidSecondType: false));

        var error = Assert.Single(result.Errors);
        Assert.Equal("data[0].Activities[2].Name", error.Property);
        Assert.StartsWith("L'activité « log » est du type « SignalEvent »", error.Message);
    }

    [Theory]
    [MemberData(nameof(TestDatabases.Providers), MemberType = typeof(TestDatabases))]
    public async Task ValidRecipe_ImportsTypesAndExportRoundTrips(DatabaseProvider provider)
    {
        using var factory = new WorkflowsPlatformFactory();
        var tenant = (await factory.CreateWorkflowTenantAsync(provider, WorkflowsFeatures.Main, WorkflowsFeatures.Http, "ApprenantAgile.Deployment")).Name;

        var result = await RunRecipeAsync(factory, tenant, Recipe("review", ValidActivities, ValidTransitions, withValidSecondType: true));

        Assert.True(result.Succeeded, string.Join("; ", result.Errors));
        var types = await ListTypesAsync(factory, tenant);
        Assert.Equal(["review", "second"], types.Select(t => t.WorkflowTypeId).Order());
        var review = types.Single(t => t.WorkflowTypeId == "review");
        Assert.Equal(["created", "check", "log"], review.Activities.Select(a => a.ActivityId));
        Assert.Equal("Input.ContentType == 'BadgeApplication'", review.Activities[1].Properties["Condition"]!.GetValue<string>());

        var exported = await WorkflowTestScope.RunAsync(factory, tenant, async services =>
        {
            var steps = new List<JsonObject>();
            foreach (var source in services.GetServices<IDeploymentSource>())
            {
                await source.ExportAsync(steps, CancellationToken.None);
            }

            return steps;
        });
        var step = Assert.Single(exported, s => s["name"]!.GetValue<string>() == "WorkflowType");
        var data = step["data"]!.AsArray();
        Assert.Equal(2, data.Count);
        Assert.Equal("review", data[0]!["WorkflowTypeId"]!.GetValue<string>());
        Assert.Equal(3, data[0]!["Activities"]!.AsArray().Count);
        Assert.Equal(2, data[0]!["Transitions"]!.AsArray().Count);
    }

    private static string Recipe(string workflowTypeId, string activities, string transitions, bool withValidSecondType) => $$"""
        {
          "name": "workflows-test",
          "steps": [
            {
              "name": "WorkflowType",
              "data": [
                { "WorkflowTypeId": "{{workflowTypeId}}", "Name": "Revue des preuves", "IsEnabled": true, "IsSingleton": false,
                  "Activities": {{activities}}, "Transitions": {{transitions}} }
                {{(withValidSecondType ? $$""", { "WorkflowTypeId": "second", "Name": "Second", "IsEnabled": true, "Activities": {{ValidActivities}}, "Transitions": {{ValidTransitions}} }""" : "")}}
              ]
            }
          ]
        }
        """;

    private static async Task<RecipeResult> RunRecipeAsync(PlatformFactory factory, string tenant, string json)
    {
        CultureInfo.CurrentUICulture = CultureInfo.GetCultureInfo("fr-FR");
        return await WorkflowTestScope.RunAsync(factory, tenant, async services =>
        {
            var read = services.GetRequiredService<RecipeReader>().Read(json, "workflows.recipe.json");
            Assert.True(read.Succeeded, string.Join("; ", read.Errors));
            return await services.GetRequiredService<IRecipeExecutor>().ExecuteAsync(read.Recipe!, new Dictionary<string, string>());
        });
    }

    private static Task<IReadOnlyList<ApprenantAgile.Workflows.Models.WorkflowType>> ListTypesAsync(PlatformFactory factory, string tenant) =>
        WorkflowTestScope.RunAsync(factory, tenant, services => services.GetRequiredService<IWorkflowTypeStore>().ListAsync());
}
