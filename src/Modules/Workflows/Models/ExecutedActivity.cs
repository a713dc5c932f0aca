namespace ApprenantAgile.Workflows.Models;

/// <summary>One entry of an instance's history: an activity that ran, when, and what it returned.</summary>
public sealed class ExecutedActivity
{
    public string ActivityId { get; set; } = "";

    public string Name { get; set; } = "";

    public DateTime ExecutedUtc { get; set; }

    /// <summary>"Completed" with its outcomes, "Halted" or "Faulted".</summary>
    public string Result { get; set; } = "";

    public List<string> Outcomes { get; set; } = [];
}
