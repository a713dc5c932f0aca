using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;

namespace ApprenantAgile.Platform.Configuration;

/// <summary>Absolute paths under the App_Data folder and the shared storage folder.</summary>
public sealed class AppDataPaths(IOptions<PlatformOptions> options, IHostEnvironment environment)
{
    public string Root { get; } = Path.GetFullPath(Path.Combine(environment.ContentRootPath, options.Value.AppDataPath));

    /// <summary>Folder of the files shared by all nodes: Platform:SharedStoragePath, or <see cref="Root"/> when it is empty.</summary>
    public string SharedRoot { get; } = SharedRootOf(options.Value, environment.ContentRootPath);

    public string TenantsFile => Path.Combine(Root, "tenants.json");

    public string TenantFolder(string tenantName) => Path.Combine(SharedRoot, "Sites", tenantName);

    public string ArchiveFolder => Path.Combine(SharedRoot, "Archives");

    public string DataProtectionKeysFolder => Path.Combine(SharedRoot, "DataProtection-Keys");

    /// <summary>Resolves the shared folder before the service container exists (the data-protection set-up needs it).</summary>
    public static string SharedRootOf(PlatformOptions options, string contentRootPath) =>
        Path.GetFullPath(Path.Combine(contentRootPath,
            string.IsNullOrWhiteSpace(options.SharedStoragePath) ? options.AppDataPath : options.SharedStoragePath));
}
