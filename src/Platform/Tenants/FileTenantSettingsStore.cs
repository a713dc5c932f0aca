using System.Text.Json;
using System.Text.Json.Serialization;
using ApprenantAgile.Platform.Configuration;

namespace ApprenantAgile.Platform.Tenants;

/// <summary>
/// Keeps tenant settings in App_Data/tenants.json. Writes go to a temporary file that then
/// replaces the old one, so a crash never leaves a half-written file.
/// </summary>
public sealed class FileTenantSettingsStore(AppDataPaths paths) : ITenantSettingsStore
{
    private static readonly JsonSerializerOptions JsonOptions = new()
    {
        WriteIndented = true,
        Converters = { new JsonStringEnumConverter() },
    };

    private readonly SemaphoreSlim _gate = new(1, 1);

    public async Task<IReadOnlyList<TenantSettings>> LoadAllAsync(CancellationToken cancellationToken = default)
    {
        await _gate.WaitAsync(cancellationToken);
        try
        {
            return await ReadAsync(cancellationToken);
        }
        finally
        {
            _gate.Release();
        }
    }

    public Task SaveAsync(TenantSettings settings, CancellationToken cancellationToken = default) =>
        UpdateAsync(list =>
        {
            list.RemoveAll(t => t.Name == settings.Name);
            list.Add(settings);
        }, cancellationToken);

    public Task RemoveAsync(string tenantName, CancellationToken cancellationToken = default) =>
        UpdateAsync(list => list.RemoveAll(t => t.Name == tenantName), cancellationToken);

    private async Task UpdateAsync(Action<List<TenantSettings>> change, CancellationToken cancellationToken)
    {
        await _gate.WaitAsync(cancellationToken);
        try
        {
            var list = (await ReadAsync(cancellationToken)).ToList();
            change(list);
            list.Sort((a, b) => string.CompareOrdinal(a.Name, b.Name));

            Directory.CreateDirectory(paths.Root);
            var temporary = paths.TenantsFile + ".tmp";
            await using (var stream = File.Create(temporary))
            {
                await JsonSerializer.SerializeAsync(stream, list, JsonOptions, cancellationToken);
            }

            File.Move(temporary, paths.TenantsFile, overwrite: true);
        }
        finally
        {
            _gate.Release();
        }
    }

    private async Task<IReadOnlyList<TenantSettings>> ReadAsync(CancellationToken cancellationToken)
    {
        if (!File.Exists(paths.TenantsFile))
        {
            return [];
        }

        await using var stream = File.OpenRead(paths.TenantsFile);
        try
        {
            return await JsonSerializer.DeserializeAsync<List<TenantSettings>>(stream, JsonOptions, cancellationToken) ?? [];
        }
        catch (JsonException ex)
        {
            throw new InvalidOperationException(
                $"The tenants file '{paths.TenantsFile}' is not valid JSON ({ex.Message}). Restore it from a backup.", ex);
        }
    }
}
