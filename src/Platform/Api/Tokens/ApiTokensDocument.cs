namespace ApprenantAgile.Platform.Api.Tokens;

/// <summary>The API tokens of a tenant, revoked ones included, as one document of its database.</summary>
public sealed class ApiTokensDocument
{
    public List<ApiToken> Tokens { get; set; } = [];
}
