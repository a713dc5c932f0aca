namespace ApprenantAgile.Platform.Setup;

/// <summary>The outcome of a tenant's setup; the errors are localized, ready for the user.</summary>
public sealed record SetupResult(IReadOnlyList<string> Errors)
{
    public static readonly SetupResult Success = new([]);

    public bool Succeeded => Errors.Count == 0;
}
