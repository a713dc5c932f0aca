using ApprenantAgile.Platform.Setup;
using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Logging;

namespace ApprenantAgile.Platform.Tenants;

/// <summary>
/// Creates, disables, enables and removes centres' tenants, with the same validation and messages
/// for the admin page, the command line and the HTTP API. Creation is all or nothing: a tenant
/// whose setup fails leaves no settings, folder or schema behind. Removal archives, never deletes.
/// </summary>
public sealed class TenantManager(
    TenantHost host,
    TenantCreateValidator validator,
    TenantSetupService setup,
    TenantStorage storage,
    IStringLocalizer<TenantManager> localizer,
    ILogger<TenantManager> logger)
{
    // One change at a time on this node, so that two creations cannot both pass the uniqueness checks.
    // Nodes sharing a PostgreSQL tenants store are serialized as well, by EnterClusterAsync.
    private static readonly SemaphoreSlim Gate = new(1, 1);

    public IReadOnlyList<TenantSettings> List() =>
        host.AllSettings.OrderBy(t => t.IsDefault ? 0 : 1).ThenBy(t => t.Name, StringComparer.Ordinal).ToList();

    public async Task<TenantOperationResult> CreateAsync(TenantCreateRequest request, CancellationToken cancellationToken = default)
    {
        await Gate.WaitAsync(cancellationToken);
        try
        {
            await using var clusterLock = await EnterClusterAsync(cancellationToken);
            var (errors, settings) = await validator.ValidateAsync(request, cancellationToken);
            if (errors.Count > 0)
            {
                logger.LogWarning("Tenant {Tenant} not created: {ErrorCount} validation errors: {Errors}",
                    request.Name, errors.Count, errors.Select(e => e.Message));
                return TenantOperationResult.Failure(errors);
            }

            await host.SaveSettingsAsync(settings, cancellationToken);
            logger.LogInformation("Tenant {Tenant} declared ({Provider}, prefix {Prefix}, hosts {Hosts}); running setup",
                settings.Name, settings.DatabaseProvider, settings.RequestUrlPrefix, settings.RequestUrlHosts);

            var result = await SetupOrRollBackAsync(settings, request, cancellationToken);
            if (!result.Succeeded)
            {
                return TenantOperationResult.Failure(result.Errors.Select(e => new TenantError(null, e)).ToList());
            }

            var created = host.FindSettings(settings.Name)!;
            logger.LogInformation("Tenant {Tenant} created and set up with recipe {Recipe}", created.Name, created.RecipeName);
            return TenantOperationResult.Success(created);
        }
        finally
        {
            Gate.Release();
        }
    }

    public Task<TenantOperationResult> DisableAsync(string name, CancellationToken cancellationToken = default) =>
        ChangeStateAsync(name, TenantState.Running, TenantState.Disabled, cancellationToken);

    /// <summary>Enables a disabled tenant again; an uninitialized one must be set up instead.</summary>
    public Task<TenantOperationResult> EnableAsync(string name, CancellationToken cancellationToken = default) =>
        ChangeStateAsync(name, TenantState.Disabled, TenantState.Running, cancellationToken);

    /// <summary>Removes a tenant from the host after archiving its database and settings under App_Data/Archives.</summary>
    public async Task<TenantOperationResult> RemoveAsync(string name, CancellationToken cancellationToken = default)
    {
        await Gate.WaitAsync(cancellationToken);
        try
        {
            await using var clusterLock = await EnterClusterAsync(cancellationToken);
            var (settings, error) = FindChangeable(name);
            if (settings is null)
            {
                return TenantOperationResult.Failure(nameof(TenantSettings.Name), error!);
            }

            // Take the tenant out of service first, so that no request writes while its data moves.
            await host.RemoveSettingsAsync(name, cancellationToken);
            TenantArchive archive;
            try
            {
                archive = await storage.ArchiveAsync(settings, cancellationToken);
            }
            catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or Npgsql.NpgsqlException)
            {
                logger.LogError(ex, "Tenant {Tenant}: archiving failed; its settings are restored", name);
                await host.SaveSettingsAsync(settings, CancellationToken.None);
                return TenantOperationResult.Failure(null,
                    localizer["The tenant \"{0}\" could not be archived ({1}). It was not removed. Check the App_Data folder's permissions and the database server.", name, ex.Message]);
            }

            logger.LogInformation("Tenant {Tenant} removed; data archived in {ArchiveFolder} (PostgreSQL schema {ArchivedSchema})",
                name, archive.Folder, archive.Schema);
            return TenantOperationResult.Success(settings);
        }
        finally
        {
            Gate.Release();
        }
    }

    private async Task<SetupResult> SetupOrRollBackAsync(TenantSettings settings, TenantCreateRequest request, CancellationToken cancellationToken)
    {
        SetupResult result;
        try
        {
            result = await setup.SetupAsync(settings.Name, new SetupRequest
            {
                SiteName = request.SiteName.Trim(),
                AdminEmail = request.AdminEmail.Trim(),
                AdminUserName = request.AdminUserName.Trim(),
                AdminPassword = request.AdminPassword,
                RecipeName = request.RecipeName,
                Parameters = request.Parameters,
            }, cancellationToken);
        }
        catch (OperationCanceledException)
        {
            await RollBackAsync(settings);
            throw;
        }

        if (!result.Succeeded)
        {
            await RollBackAsync(settings);
        }

        return result;
    }

    /// <summary>Forgets a tenant whose setup failed and deletes what setup wrote. Runs even when the request was cancelled.</summary>
    private async Task RollBackAsync(TenantSettings settings)
    {
        await host.RemoveSettingsAsync(settings.Name, CancellationToken.None);
        try
        {
            await storage.DeleteAsync(settings, CancellationToken.None);
            logger.LogWarning("Tenant {Tenant}: setup failed; settings and database storage removed", settings.Name);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or Npgsql.NpgsqlException)
        {
            logger.LogError(ex, "Tenant {Tenant}: setup failed and its database storage could not be deleted; delete it by hand before creating the tenant again", settings.Name);
        }
    }

    private async Task<TenantOperationResult> ChangeStateAsync(string name, TenantState from, TenantState to, CancellationToken cancellationToken)
    {
        await Gate.WaitAsync(cancellationToken);
        try
        {
            await using var clusterLock = await EnterClusterAsync(cancellationToken);
            var (settings, error) = FindChangeable(name);
            if (settings is null)
            {
                return TenantOperationResult.Failure(nameof(TenantSettings.Name), error!);
            }

            if (settings.State == to)
            {
                return TenantOperationResult.Success(settings);
            }

            if (settings.State != from)
            {
                var message = to == TenantState.Running
                    ? localizer["The tenant \"{0}\" is not set up yet, so it cannot be enabled. Set it up first.", name]
                    : localizer["The tenant \"{0}\" is not running, so it cannot be disabled.", name];
                return TenantOperationResult.Failure(nameof(TenantSettings.State), message);
            }

            var changed = settings with { State = to };
            await host.SaveSettingsAsync(changed, cancellationToken);
            logger.LogInformation("Tenant {Tenant} changed from {FromState} to {ToState}", name, from, to);
            return TenantOperationResult.Success(changed);
        }
        finally
        {
            Gate.Release();
        }
    }

    /// <summary>
    /// Takes the tenants store's change lock, then reads the settings again: another node may have
    /// changed a tenant since this node was last notified.
    /// </summary>
    private async Task<IAsyncDisposable> EnterClusterAsync(CancellationToken cancellationToken)
    {
        var clusterLock = await host.LockChangesAsync(cancellationToken);
        try
        {
            await host.ReloadAsync(cancellationToken);
            return clusterLock;
        }
        catch
        {
            await clusterLock.DisposeAsync();
            throw;
        }
    }

    /// <summary>Finds a centre's tenant; the national tenant cannot be disabled, enabled or removed here.</summary>
    private (TenantSettings? Settings, string? Error) FindChangeable(string name)
    {
        var settings = host.FindSettings(name);
        if (settings is null)
        {
            return (null, localizer["The tenant \"{0}\" does not exist.", name]);
        }

        if (settings.IsDefault)
        {
            return (null, localizer["The national tenant cannot be disabled, enabled or removed."]);
        }

        return (settings, null);
    }
}
