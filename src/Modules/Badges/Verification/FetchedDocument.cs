namespace ApprenantAgile.Badges.Verification;

/// <summary>
/// The outcome of fetching an Open Badges document by URL: the HTTP status and body, or, when
/// nothing was received, an English <see cref="Error"/> for the logs.
/// </summary>
public sealed record FetchedDocument(int StatusCode, string? Body, string? Error = null)
{
    public bool Succeeded => Error is null && StatusCode == 200 && Body is not null;

    public static FetchedDocument Failed(string error) => new(0, null, error);
}
