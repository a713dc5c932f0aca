namespace ApprenantAgile.Workflows.Models;

/// <summary>Goes from an outcome of one activity to the next activity of a workflow type.</summary>
public sealed class Transition
{
    public string SourceActivityId { get; set; } = "";

    public string SourceOutcomeName { get; set; } = "";

    public string DestinationActivityId { get; set; } = "";
}
