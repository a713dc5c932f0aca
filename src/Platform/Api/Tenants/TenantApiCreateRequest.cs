using ApprenantAgile.Platform.Tenants;

namespace ApprenantAgile.Platform.Api.Tenants;

/// <summary>
/// The JSON body of POST /api/tenants. Every property is optional here so that a missing one is
/// reported by <see cref="TenantCreateValidator"/> with the same message as the admin page.
/// </summary>
public sealed class TenantApiCreateRequest
{
    public string? Name { get; set; }

    public string? SiteName { get; set; }

    public string? AdminEmail { get; set; }

    public string? AdminUserName { get; set; }

    /// <summary>Setup recipe name; "centre" when absent.</summary>
    public string? Recipe { get; set; }

    public string? RequestUrlPrefix { get; set; }

    public List<string>? RequestUrlHosts { get; set; }

    /// <summary>"Sqlite" or "Postgres"; absent for the host's default (Platform:DefaultDatabaseProvider).</summary>
    public string? DatabaseProvider { get; set; }

    /// <summary>Extra recipe parameters, read by the recipe's [js:parameters('X')] expressions.</summary>
    public Dictionary<string, string>? Parameters { get; set; }

    public TenantCreateRequest ToCreateRequest(DatabaseProvider? provider) => new()
    {
        Name = Name?.Trim() ?? "",
        SiteName = SiteName ?? "",
        AdminEmail = AdminEmail ?? "",
        AdminUserName = AdminUserName ?? "admin",
        RecipeName = string.IsNullOrWhiteSpace(Recipe) ? TenantCreateRequest.DefaultRecipeName : Recipe.Trim(),
        RequestUrlPrefix = RequestUrlPrefix,
        RequestUrlHosts = RequestUrlHosts ?? [],
        DatabaseProvider = provider,
        Parameters = Parameters ?? new Dictionary<string, string>(),
    };
}
