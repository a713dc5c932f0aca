namespace ApprenantAgile.Workflows.Http;

/// <summary>What a signal URL carries: the instance to resume and the signal's name.</summary>
public sealed record SignalToken(string WorkflowId, string SignalName);
