namespace ApprenantAgile.Workflows.Validation;

/// <summary>A problem in a workflow type: the JSON path of the wrong value (such as "Activities[2].Name") and a localized message.</summary>
public sealed record WorkflowTypeValidationError(string Property, string Message);
