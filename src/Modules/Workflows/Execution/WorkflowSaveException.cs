namespace ApprenantAgile.Workflows.Execution;

/// <summary>Thrown when a run could not save its instance after every attempt.</summary>
public sealed class WorkflowSaveException(string message, Exception innerException) : Exception(message, innerException);
