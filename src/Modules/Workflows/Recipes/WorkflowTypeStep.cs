using System.Text.Json;
using System.Text.Json.Nodes;
using ApprenantAgile.Platform.Recipes;
using ApprenantAgile.Workflows.Data;
using ApprenantAgile.Workflows.Models;
using ApprenantAgile.Workflows.Validation;
using Microsoft.Extensions.Localization;

namespace ApprenantAgile.Workflows.Recipes;

/// <summary>
/// The "WorkflowType" step, in Orchard Core's shape:
/// <c>{ "name": "WorkflowType", "data": [ { "WorkflowTypeId", "Name", "IsEnabled", "IsSingleton", "Activities", "Transitions" } ] }</c>.
/// Every type is validated before any is written; an existing type with the same id is replaced.
/// </summary>
public sealed class WorkflowTypeStep(
    WorkflowTypeValidator validator,
    IWorkflowTypeStore store,
    IStringLocalizer<WorkflowTypeStep> localizer) : IRecipeStepHandler
{
    public const string Name = "WorkflowType";
    private const string DataProperty = "data";

    public string StepName => Name;

    public Task ValidateAsync(RecipeStepContext context, IList<RecipeError> errors, CancellationToken cancellationToken)
    {
        var enabledFeatures = RecipeEnabledFeatures.Of(context).Features;
        var ids = new HashSet<string>(StringComparer.Ordinal);
        var types = ReadTypes(context, errors);

        for (var index = 0; index < types.Count; index++)
        {
            var workflowType = types[index];
            if (workflowType is null)
            {
                continue;
            }

            if (!ids.Add(workflowType.WorkflowTypeId))
            {
                errors.Add(context.Error($"{DataProperty}[{index}].WorkflowTypeId", localizer[
                    "The workflow type id \"{0}\" appears twice in this step. Give each type its own id.", workflowType.WorkflowTypeId]));
            }

            foreach (var error in validator.Validate(workflowType, enabledFeatures))
            {
                errors.Add(context.Error($"{DataProperty}[{index}].{error.Property}", error.Message));
            }
        }

        return Task.CompletedTask;
    }

    public async Task ExecuteAsync(RecipeStepContext context, CancellationToken cancellationToken)
    {
        foreach (var workflowType in ReadTypes(context, new List<RecipeError>()))
        {
            await store.SaveAsync(workflowType!, cancellationToken);
        }
    }

    /// <summary>Reads the "data" array; an item that is not a valid workflow type is null, with an error.</summary>
    private List<WorkflowType?> ReadTypes(RecipeStepContext context, IList<RecipeError> errors)
    {
        if (context.Step[DataProperty] is not JsonArray data)
        {
            errors.Add(context.Error(DataProperty, localizer[
                "The property \"data\" must be an array of workflow types, but it is {0}.", RecipeJsonKinds.Describe(context.Step[DataProperty], localizer)]));
            return [];
        }

        var types = new List<WorkflowType?>(data.Count);
        for (var index = 0; index < data.Count; index++)
        {
            try
            {
                types.Add(data[index] is JsonObject item ? item.Deserialize<WorkflowType>(WorkflowJson.Options) : null);
            }
            catch (JsonException ex)
            {
                errors.Add(context.Error($"{DataProperty}[{index}]{ex.Path?.TrimStart('$')}", localizer[
                    "The workflow type could not be read: {0}", ex.Message]));
                types.Add(null);
                continue;
            }

            if (types[index] is null)
            {
                errors.Add(context.Error($"{DataProperty}[{index}]", localizer["The item must be a workflow type object."]));
            }
        }

        return types;
    }
}
