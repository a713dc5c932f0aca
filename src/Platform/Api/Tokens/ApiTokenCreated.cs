namespace ApprenantAgile.Platform.Api.Tokens;

/// <summary>
/// The outcome of <see cref="ApiTokenService.CreateAsync"/>: the stored token and its secret, to show
/// once, or the localized errors.
/// </summary>
public sealed record ApiTokenCreated(ApiToken? Token, string? Secret, IReadOnlyList<string> Errors)
{
    public bool Succeeded => Errors.Count == 0;
}
