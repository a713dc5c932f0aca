namespace ApprenantAgile.Workflows.Execution;

/// <summary>The outcome of <see cref="UserTaskService.CompleteAsync"/>: success, or a localized reason.</summary>
public sealed record UserTaskResult(bool Succeeded, string? ErrorMessage)
{
    public static UserTaskResult Success { get; } = new(true, null);

    public static UserTaskResult Failure(string message) => new(false, message);
}
