using ApprenantAgile.Workflows.Activities;
using ApprenantAgile.Workflows.Models;
using Microsoft.Extensions.Localization;

namespace ApprenantAgile.Workflows.Validation;

/// <summary>
/// Checks a workflow type before it is saved or imported. Start rule: every start activity is an
/// event that can start a workflow, because nothing triggers a task or a timer from outside. An
/// enabled type has at least one. No two start activities are of the same event kind, because one
/// trigger would then start the instance on two paths at once: branch after the event with IfElseTask.
/// </summary>
public sealed class WorkflowTypeValidator(IActivityLibrary library, IStringLocalizer<WorkflowTypeValidator> localizer)
{
    /// <summary>Returns every problem found; empty when the type is valid for the features in <paramref name="enabledFeatures"/>.</summary>
    public IReadOnlyList<WorkflowTypeValidationError> Validate(WorkflowType workflowType, IReadOnlySet<string> enabledFeatures)
    {
        var errors = new List<WorkflowTypeValidationError>();
        if (string.IsNullOrWhiteSpace(workflowType.WorkflowTypeId))
        {
            errors.Add(new(nameof(WorkflowType.WorkflowTypeId), localizer["The workflow type id is missing."]));
        }

        if (string.IsNullOrWhiteSpace(workflowType.Name))
        {
            errors.Add(new(nameof(WorkflowType.Name), localizer["The workflow type name is missing."]));
        }

        var activities = ValidateActivities(workflowType, enabledFeatures, errors);
        ValidateStartActivities(workflowType, activities, errors);
        ValidateTransitions(workflowType, activities, errors);
        return errors;
    }

    private Dictionary<string, IActivity> ValidateActivities(WorkflowType workflowType, IReadOnlySet<string> enabledFeatures, List<WorkflowTypeValidationError> errors)
    {
        var activities = new Dictionary<string, IActivity>(StringComparer.Ordinal);
        var seen = new HashSet<string>(StringComparer.Ordinal);
        for (var index = 0; index < workflowType.Activities.Count; index++)
        {
            var record = workflowType.Activities[index];
            var path = $"Activities[{index}]";
            if (string.IsNullOrWhiteSpace(record.ActivityId))
            {
                errors.Add(new($"{path}.ActivityId", localizer["The activity at position {0} has no id.", index + 1]));
                continue;
            }

            if (!seen.Add(record.ActivityId))
            {
                errors.Add(new($"{path}.ActivityId", localizer["The activity id \"{0}\" is used twice. Give each activity its own id.", record.ActivityId]));
                continue;
            }

            var activity = library.Create(record.Name, record.Properties, enabledFeatures);
            if (activity is null)
            {
                errors.Add(new($"{path}.Name", localizer[
                    "The activity \"{0}\" is of kind \"{1}\", which does not exist or whose feature is not enabled on this site. Correct the kind or enable its feature.",
                    record.ActivityId, record.Name]));
                continue;
            }

            foreach (var error in activity.ValidateSettings())
            {
                errors.Add(new($"{path}.Properties.{error.SettingName}", localizer[
                    "The activity \"{0}\", setting \"{1}\": {2}", record.ActivityId, error.SettingName, error.Message]));
            }

            activities[record.ActivityId] = activity;
        }

        return activities;
    }

    private void ValidateStartActivities(WorkflowType workflowType, Dictionary<string, IActivity> activities, List<WorkflowTypeValidationError> errors)
    {
        var startKinds = new Dictionary<string, string>(StringComparer.Ordinal);
        for (var index = 0; index < workflowType.Activities.Count; index++)
        {
            var record = workflowType.Activities[index];
            if (!record.IsStart || !activities.TryGetValue(record.ActivityId, out var activity))
            {
                continue;
            }

            var path = $"Activities[{index}].IsStart";
            if (activity is not EventActivity { CanStartWorkflow: true })
            {
                errors.Add(new(path, localizer[
                    "The activity \"{0}\" ({1}) cannot start a workflow: only an event triggered from outside an instance can. Place it after a start event.",
                    record.ActivityId, record.Name]));
            }
            else if (startKinds.TryGetValue(record.Name, out var firstId))
            {
                errors.Add(new(path, localizer[
                    "The activities \"{0}\" and \"{1}\" both start the workflow on the event \"{2}\": one trigger would start it twice. Keep one start activity and branch after it with an if/else.",
                    firstId, record.ActivityId, record.Name]));
            }
            else
            {
                startKinds[record.Name] = record.ActivityId;
            }
        }

        if (workflowType.IsEnabled && !workflowType.Activities.Any(a => a.IsStart))
        {
            errors.Add(new(nameof(WorkflowType.Activities), localizer[
                "The workflow type is enabled but has no start activity, so nothing can start it. Mark an event as the start activity, or disable the type."]));
        }
    }

    private void ValidateTransitions(WorkflowType workflowType, Dictionary<string, IActivity> activities, List<WorkflowTypeValidationError> errors)
    {
        var ids = workflowType.Activities.Select(a => a.ActivityId).ToHashSet(StringComparer.Ordinal);
        for (var index = 0; index < workflowType.Transitions.Count; index++)
        {
            var transition = workflowType.Transitions[index];
            var path = $"Transitions[{index}]";
            if (!ids.Contains(transition.SourceActivityId))
            {
                errors.Add(new($"{path}.SourceActivityId", localizer[
                    "Transition {0} leaves from the activity \"{1}\", which does not exist in this workflow type.", index + 1, transition.SourceActivityId]));
            }
            else if (activities.TryGetValue(transition.SourceActivityId, out var source)
                && !source.GetPossibleOutcomes().Any(o => o.Name == transition.SourceOutcomeName))
            {
                var declared = string.Join(", ", source.GetPossibleOutcomes().Select(o => o.Name));
                errors.Add(new($"{path}.SourceOutcomeName", localizer[
                    "Transition {0} leaves the activity \"{1}\" by the outcome \"{2}\", which this activity does not have. Its outcomes are: {3}.",
                    index + 1, transition.SourceActivityId, transition.SourceOutcomeName, declared]));
            }

            if (!ids.Contains(transition.DestinationActivityId))
            {
                errors.Add(new($"{path}.DestinationActivityId", localizer[
                    "Transition {0} goes to the activity \"{1}\", which does not exist in this workflow type.", index + 1, transition.DestinationActivityId]));
            }
        }
    }
}
