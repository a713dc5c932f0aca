using ApprenantAgile.Platform.Recipes;

namespace ApprenantAgile.Platform.Tenants.Admin;

/// <summary>The fields of the tenant creation form, bound from the posted form.</summary>
public sealed class TenantCreateForm
{
    public string Name { get; set; } = "";

    public string SiteName { get; set; } = "";

    public string? RequestUrlPrefix { get; set; }

    /// <summary>Host names separated by commas or spaces.</summary>
    public string? RequestUrlHosts { get; set; }

    public string RecipeName { get; set; } = TenantCreateRequest.DefaultRecipeName;

    public string AdminEmail { get; set; } = "";

    /// <summary>Null for the host's default; PostgreSQL tenants use Platform:PostgresConnectionString.</summary>
    public DatabaseProvider? DatabaseProvider { get; set; }

    /// <remarks>Model binding turns empty fields into null, so each text falls back to "".</remarks>
    public TenantCreateRequest ToRequest() => new()
    {
        Name = (Name ?? "").Trim(),
        SiteName = SiteName ?? "",
        AdminEmail = AdminEmail ?? "",
        RecipeName = RecipeName ?? "",
        RequestUrlPrefix = RequestUrlPrefix,
        DatabaseProvider = DatabaseProvider,
        RequestUrlHosts = (RequestUrlHosts ?? "").Split([',', ' ', '\n', '\r', '\t'], StringSplitOptions.RemoveEmptyEntries),
    };
}

/// <summary>The creation page: the form, the recipes to choose from, and the errors of the last attempt by field.</summary>
public sealed record TenantCreateViewModel(
    TenantCreateForm Form,
    IReadOnlyList<RecipeDescriptor> Recipes,
    IReadOnlyList<TenantError> Errors)
{
    public IEnumerable<string> ErrorsFor(string field) => Errors.Where(e => e.Field == field).Select(e => e.Message);
}

/// <summary>The confirmation page before disabling, enabling or removing a tenant.</summary>
public sealed record TenantConfirmViewModel(TenantSettings Tenant, string Operation, IReadOnlyList<TenantError> Errors);
