using System.Net.Mail;
using ApprenantAgile.Platform.Configuration;
using ApprenantAgile.Platform.Recipes;
using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Options;
using Npgsql;

namespace ApprenantAgile.Platform.Tenants;

/// <summary>
/// Checks a <see cref="TenantCreateRequest"/> against the rules and the existing tenants, and
/// returns every error at once, localized. Writes nothing.
/// </summary>
public sealed class TenantCreateValidator(
    TenantHost host,
    TenantStorage storage,
    IOptions<PlatformOptions> options,
    IStringLocalizer<TenantManager> localizer,
    IRecipeHarvester? harvester = null)
{
    /// <summary>Returns the validation errors, and the settings the tenant would get when there are none.</summary>
    public async Task<(IReadOnlyList<TenantError> Errors, TenantSettings Settings)> ValidateAsync(
        TenantCreateRequest request, CancellationToken cancellationToken)
    {
        var errors = new List<TenantError>();
        var hosts = request.RequestUrlHosts.Where(h => !string.IsNullOrWhiteSpace(h)).Select(h => h.Trim()).ToList();
        var prefix = string.IsNullOrWhiteSpace(request.RequestUrlPrefix) ? null : request.RequestUrlPrefix.Trim();

        ValidateName(request.Name, errors);
        ValidatePrefix(prefix, errors);
        ValidateHosts(hosts, errors);
        if (prefix is null && hosts.Count == 0)
        {
            errors.Add(new(nameof(TenantCreateRequest.RequestUrlPrefix),
                localizer["Give the tenant a URL prefix or at least one host name, so that requests can reach it."]));
        }

        ValidateSite(request, errors);
        await ValidateRecipeAsync(request.RecipeName, errors, cancellationToken);

        var settings = new TenantSettings
        {
            Name = request.Name,
            State = TenantState.Uninitialized,
            RequestUrlPrefix = prefix,
            RequestUrlHosts = hosts,
            DatabaseProvider = request.DatabaseProvider ?? options.Value.DefaultDatabaseProvider,
            ConnectionString = string.IsNullOrWhiteSpace(request.ConnectionString) ? null : request.ConnectionString,
            RecipeName = request.RecipeName,
        };

        if (settings.DatabaseProvider == DatabaseProvider.Postgres && settings.ConnectionString is null)
        {
            settings = settings with { ConnectionString = options.Value.PostgresConnectionString };
        }

        var databaseValid = ValidateDatabase(settings, errors);

        // The storage check needs a valid name (it becomes a folder or schema name) and a usable connection.
        if (databaseValid && !errors.Any(e => e.Field == nameof(TenantCreateRequest.Name)))
        {
            await ValidateStorageIsFreeAsync(settings, errors, cancellationToken);
        }

        return (errors, settings);
    }

    private void ValidateName(string name, List<TenantError> errors)
    {
        const string field = nameof(TenantCreateRequest.Name);
        if (!TenantNameRules.IsValidSlug(name))
        {
            errors.Add(new(field, localizer["The name \"{0}\" is invalid: use 3 to 50 lowercase letters, digits and dashes, starting and ending with a letter or a digit.", name]));
        }
        else if (TenantNameRules.IsReserved(name))
        {
            errors.Add(new(field, localizer["The name \"{0}\" is reserved by the national site. Choose another name.", name]));
        }
        else if (host.AllSettings.Any(t => string.Equals(t.Name, name, StringComparison.OrdinalIgnoreCase)))
        {
            errors.Add(new(field, localizer["A tenant named \"{0}\" already exists. Choose another name.", name]));
        }
    }

    private void ValidatePrefix(string? prefix, List<TenantError> errors)
    {
        const string field = nameof(TenantCreateRequest.RequestUrlPrefix);
        if (prefix is null)
        {
            return;
        }

        if (!TenantNameRules.IsValidSlug(prefix))
        {
            errors.Add(new(field, localizer["The URL prefix \"{0}\" is invalid: use 3 to 50 lowercase letters, digits and dashes, starting and ending with a letter or a digit.", prefix]));
            return;
        }

        if (TenantNameRules.IsReserved(prefix))
        {
            errors.Add(new(field, localizer["The URL prefix \"{0}\" is a page of the national site. Choose another prefix.", prefix]));
            return;
        }

        var owner = host.AllSettings.FirstOrDefault(t => string.Equals(t.RequestUrlPrefix, prefix, StringComparison.OrdinalIgnoreCase));
        if (owner is not null)
        {
            errors.Add(new(field, localizer["The URL prefix \"{0}\" is already used by the tenant \"{1}\".", prefix, owner.Name]));
        }
    }

    private void ValidateHosts(IReadOnlyList<string> hosts, List<TenantError> errors)
    {
        const string field = nameof(TenantCreateRequest.RequestUrlHosts);
        foreach (var hostName in hosts)
        {
            if (!TenantNameRules.IsValidHostName(hostName))
            {
                errors.Add(new(field, localizer["The host name \"{0}\" is invalid: use a lowercase DNS name such as centre-lyon.apprenant-agile.fr, without port or scheme.", hostName]));
                continue;
            }

            var owner = host.AllSettings.FirstOrDefault(t => t.RequestUrlHosts.Contains(hostName, StringComparer.OrdinalIgnoreCase));
            if (owner is not null)
            {
                errors.Add(new(field, localizer["The host name \"{0}\" is already used by the tenant \"{1}\".", hostName, owner.Name]));
            }
        }

        foreach (var duplicate in hosts.GroupBy(h => h).Where(g => g.Count() > 1))
        {
            errors.Add(new(field, localizer["The host name \"{0}\" is given more than once.", duplicate.Key]));
        }
    }

    private void ValidateSite(TenantCreateRequest request, List<TenantError> errors)
    {
        if (string.IsNullOrWhiteSpace(request.SiteName))
        {
            errors.Add(new(nameof(TenantCreateRequest.SiteName), localizer["The site name is required."]));
        }

        if (!MailAddress.TryCreate(request.AdminEmail, out var address) || address.Address != request.AdminEmail.Trim())
        {
            errors.Add(new(nameof(TenantCreateRequest.AdminEmail),
                localizer["The administrator e-mail address \"{0}\" is invalid. Give an address such as direction@centre.fr.", request.AdminEmail ?? ""]));
        }

        if (string.IsNullOrWhiteSpace(request.AdminUserName))
        {
            errors.Add(new(nameof(TenantCreateRequest.AdminUserName), localizer["The administrator user name is required."]));
        }
    }

    private async Task ValidateRecipeAsync(string recipeName, List<TenantError> errors, CancellationToken cancellationToken)
    {
        const string field = nameof(TenantCreateRequest.RecipeName);
        if (harvester is null)
        {
            errors.Add(new(field, localizer["No recipe engine is installed on this host, so no tenant can be set up."]));
            return;
        }

        if (string.IsNullOrWhiteSpace(recipeName) || await harvester.FindAsync(recipeName, cancellationToken) is null)
        {
            var available = (await harvester.GetRecipesAsync(cancellationToken)).Select(r => r.Name).Order(StringComparer.Ordinal);
            errors.Add(new(field, localizer["The recipe \"{0}\" does not exist. Available recipes: {1}.", recipeName ?? "", string.Join(", ", available)]));
        }
    }

    private bool ValidateDatabase(TenantSettings settings, List<TenantError> errors)
    {
        const string field = nameof(TenantCreateRequest.ConnectionString);
        if (settings.DatabaseProvider == DatabaseProvider.Sqlite)
        {
            if (settings.ConnectionString is not null)
            {
                errors.Add(new(field, localizer["A SQLite tenant keeps its database under App_Data and takes no connection string. Remove the connection string."]));
                return false;
            }

            return true;
        }

        if (settings.ConnectionString is null)
        {
            errors.Add(new(field, localizer["A PostgreSQL tenant needs a connection string: give one, or set Platform:PostgresConnectionString."]));
            return false;
        }

        try
        {
            if (new NpgsqlConnectionStringBuilder(settings.ConnectionString).Multiplexing)
            {
                errors.Add(new(field, localizer["The PostgreSQL connection string enables Multiplexing, which tenant schemas cannot use: remove Multiplexing=true."]));
                return false;
            }

            return true;
        }
        catch (ArgumentException ex)
        {
            errors.Add(new(field, localizer["The PostgreSQL connection string is invalid ({0}).", ex.Message]));
            return false;
        }
    }

    private async Task ValidateStorageIsFreeAsync(TenantSettings settings, List<TenantError> errors, CancellationToken cancellationToken)
    {
        try
        {
            if (await storage.ExistsAsync(settings, cancellationToken))
            {
                var location = settings.DatabaseProvider == DatabaseProvider.Sqlite
                    ? $"App_Data/Sites/{settings.Name}"
                    : Data.TenantDatabase.SchemaName(settings);
                errors.Add(new(nameof(TenantCreateRequest.Name),
                    localizer["The database storage \"{0}\" of this name already exists, left by an earlier tenant. Archive or delete it, or choose another name.", location]));
            }
        }
        catch (NpgsqlException ex)
        {
            errors.Add(new(nameof(TenantCreateRequest.ConnectionString),
                localizer["The PostgreSQL server could not be reached ({0}). Check the connection string and that the server is running.", ex.Message]));
        }
    }
}
