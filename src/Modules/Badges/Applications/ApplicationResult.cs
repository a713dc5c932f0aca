namespace ApprenantAgile.Badges.Applications;

/// <summary>The outcome of a learner's or reviewer's action: success, or a localized message and the form field it concerns.</summary>
public sealed record ApplicationResult(bool Succeeded, string? ErrorMessage, string? Field = null)
{
    public static ApplicationResult Success { get; } = new(true, null);

    public static ApplicationResult Failure(string message, string? field = null) => new(false, message, field);
}
