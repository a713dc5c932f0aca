using ApprenantAgile.Platform.Documents;
using ApprenantAgile.Platform.Security.Permissions;
using ApprenantAgile.Platform.Tenants;
using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Logging;

namespace ApprenantAgile.Platform.Api.Tokens;

/// <summary>
/// Creates, lists, revokes and checks the API tokens of the current tenant. Only the national tenant
/// issues tokens: the APIs they open manage the whole network.
/// </summary>
public sealed class ApiTokenService(
    IDocumentStore documents,
    PermissionService permissions,
    ITenantAccessor tenant,
    TimeProvider clock,
    IStringLocalizer<ApiTokenService> localizer,
    ILogger<ApiTokenService> logger)
{
    public const int MaxNameLength = 100;

    // The tokens are one document: changes on this node run one at a time so that none is lost.
    // NOTE: two nodes creating tokens at the same instant can still overwrite each other's document.
    private static readonly SemaphoreSlim Gate = new(1, 1);

    public async Task<IReadOnlyList<ApiToken>> ListAsync(CancellationToken cancellationToken = default) =>
        (await documents.GetAsync<ApiTokensDocument>(cancellationToken)).Tokens.OrderByDescending(t => t.CreatedUtc).ToList();

    /// <summary>Creates a token granting <paramref name="permissionNames"/>, which must be permissions enabled on the tenant.</summary>
    public async Task<ApiTokenCreated> CreateAsync(
        string? name, IReadOnlyCollection<string> permissionNames, string createdBy, CancellationToken cancellationToken = default)
    {
        var errors = Validate(name, permissionNames);
        if (errors.Count > 0)
        {
            return new ApiTokenCreated(null, null, errors);
        }

        var secret = ApiTokenSecret.Create();
        var token = new ApiToken
        {
            Name = name!.Trim(),
            SecretHash = ApiTokenSecret.Hash(secret),
            SecretPrefix = secret[..ApiTokenSecret.VisibleLength],
            Permissions = permissionNames.Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList(),
            CreatedUtc = clock.GetUtcNow().UtcDateTime,
            CreatedBy = createdBy,
        };

        await Gate.WaitAsync(cancellationToken);
        try
        {
            var document = await documents.GetAsync<ApiTokensDocument>(cancellationToken);
            document.Tokens.Add(token);
            await documents.SaveAsync(document, cancellationToken);
        }
        finally
        {
            Gate.Release();
        }

        logger.LogInformation("API token {TokenId} ({TokenName}) created by {CreatedBy} with permissions {Permissions}",
            token.Id, token.Name, createdBy, token.Permissions);
        return new ApiTokenCreated(token, secret, []);
    }

    /// <summary>Revokes a token; returns false when no token has this id. Revoking twice keeps the first date.</summary>
    public async Task<bool> RevokeAsync(string id, string revokedBy, CancellationToken cancellationToken = default)
    {
        await Gate.WaitAsync(cancellationToken);
        try
        {
            var document = await documents.GetAsync<ApiTokensDocument>(cancellationToken);
            var token = document.Tokens.FirstOrDefault(t => t.Id == id);
            if (token is null)
            {
                return false;
            }

            if (!token.IsRevoked)
            {
                token.RevokedUtc = clock.GetUtcNow().UtcDateTime;
                await documents.SaveAsync(document, cancellationToken);
                logger.LogInformation("API token {TokenId} ({TokenName}) revoked by {RevokedBy}", token.Id, token.Name, revokedBy);
            }

            return true;
        }
        finally
        {
            Gate.Release();
        }
    }

    /// <summary>Returns the active token whose secret this is, or null for an unknown or revoked secret.</summary>
    public async Task<ApiToken?> FindActiveAsync(string secret, CancellationToken cancellationToken = default)
    {
        if (!tenant.Current.Settings.IsDefault || !secret.StartsWith(ApiTokenSecret.Prefix, StringComparison.Ordinal))
        {
            return null;
        }

        var hash = ApiTokenSecret.Hash(secret);
        var document = await documents.GetAsync<ApiTokensDocument>(cancellationToken);
        return document.Tokens.FirstOrDefault(t => !t.IsRevoked && ApiTokenSecret.HashesEqual(t.SecretHash, hash));
    }

    private List<string> Validate(string? name, IReadOnlyCollection<string> permissionNames)
    {
        var errors = new List<string>();
        if (!tenant.Current.Settings.IsDefault)
        {
            errors.Add(localizer["API tokens are created on the national tenant only."]);
            return errors;
        }

        if (string.IsNullOrWhiteSpace(name))
        {
            errors.Add(localizer["The token name is required. Say what the token is for, such as \"Provisioning script\"."]);
        }
        else if (name.Trim().Length > MaxNameLength)
        {
            errors.Add(localizer["The token name is longer than {0} characters. Shorten it.", MaxNameLength]);
        }

        var enabled = permissions.GetEnabledPermissions().SelectMany(g => g.Permissions).Select(p => p.Name).ToHashSet(StringComparer.Ordinal);
        if (permissionNames.Count == 0)
        {
            errors.Add(localizer["Choose at least one permission for the token, such as {0}.", TenantPermissions.ManageTenantsName]);
        }

        foreach (var unknown in permissionNames.Where(p => !enabled.Contains(p)))
        {
            errors.Add(localizer["The permission \"{0}\" does not exist or its feature is disabled. Available permissions: {1}.",
                unknown, string.Join(", ", enabled.Order(StringComparer.Ordinal))]);
        }

        return errors;
    }
}
