using ApprenantAgile.Platform.Security.Permissions;

namespace ApprenantAgile.Platform.Api.Tokens.Admin;

/// <summary>The fields of the token creation form.</summary>
public sealed class ApiTokenForm
{
    public string? Name { get; set; }

    public List<string> Permissions { get; set; } = [];
}

/// <summary>The API tokens page: the tokens, the permissions a new token may grant, the form and its errors.</summary>
public sealed record ApiTokensViewModel(
    IReadOnlyList<ApiToken> Tokens,
    IReadOnlyList<Permission> Permissions,
    ApiTokenForm Form,
    IReadOnlyList<string> Errors);

/// <summary>The page shown once after a token is created, with its secret.</summary>
public sealed record ApiTokenCreatedViewModel(ApiToken Token, string Secret);
