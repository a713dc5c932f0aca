using ApprenantAgile.Platform.Tenants;

namespace ApprenantAgile.Platform.Api.Tenants;

/// <summary>A tenant as the tenants API returns it; connection strings are never included.</summary>
public sealed record TenantApiModel(
    string Name,
    string State,
    string? RequestUrlPrefix,
    IReadOnlyList<string> RequestUrlHosts,
    string DatabaseProvider,
    string? Recipe,
    DateTime CreatedUtc)
{
    public static TenantApiModel From(TenantSettings settings) => new(
        settings.Name,
        settings.State.ToString(),
        settings.RequestUrlPrefix,
        settings.RequestUrlHosts,
        settings.DatabaseProvider.ToString(),
        settings.RecipeName,
        settings.CreatedUtc);
}

/// <summary>One page of GET /api/tenants: the national tenant first, then the centres by name.</summary>
public sealed record TenantApiPage(int Page, int PageSize, int Total, IReadOnlyList<TenantApiModel> Items);
