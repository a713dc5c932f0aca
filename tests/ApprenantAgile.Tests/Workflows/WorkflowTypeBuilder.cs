using System.Text.Json.Nodes;
using ApprenantAgile.Workflows.Models;

namespace ApprenantAgile.Tests.Workflows;

/// <summary>Builds workflow types in a few lines: activities by id and kind, then transitions.</summary>
public sealed class WorkflowTypeBuilder(string workflowTypeId)
{
    private readonly WorkflowType _type = new() { WorkflowTypeId = workflowTypeId, Name = "Test " + workflowTypeId };

    public WorkflowTypeBuilder Start(string activityId, string kind, JsonObject? properties = null) =>
        Add(activityId, kind, properties, isStart: true);

    public WorkflowTypeBuilder Then(string activityId, string kind, JsonObject? properties = null) =>
        Add(activityId, kind, properties, isStart: false);

    public WorkflowTypeBuilder Connect(string sourceActivityId, string outcome, string destinationActivityId)
    {
        _type.Transitions.Add(new Transition
        {
            SourceActivityId = sourceActivityId,
            SourceOutcomeName = outcome,
            DestinationActivityId = destinationActivityId,
        });
        return this;
    }

    public WorkflowTypeBuilder Singleton()
    {
        _type.IsSingleton = true;
        return this;
    }

    public WorkflowType Build() => _type;

    private WorkflowTypeBuilder Add(string activityId, string kind, JsonObject? properties, bool isStart)
    {
        _type.Activities.Add(new ActivityRecord
        {
            ActivityId = activityId,
            Name = kind,
            IsStart = isStart,
            X = _type.Activities.Count * 200,
            Properties = properties ?? [],
        });
        return this;
    }
}
