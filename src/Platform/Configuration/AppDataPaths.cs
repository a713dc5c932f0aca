using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;

namespace ApprenantAgile.Platform.Configuration;

/// <summary>Absolute paths under the App_Data folder.</summary>
public sealed class AppDataPaths(IOptions<PlatformOptions> options, IHostEnvironment environment)
{
    public string Root { get; } = Path.GetFullPath(Path.Combine(environment.ContentRootPath, options.Value.AppDataPath));

    public string TenantsFile => Path.Combine(Root, "tenants.json");

    public string TenantFolder(string tenantName) => Path.Combine(Root, "Sites", tenantName);

    public string ArchiveFolder => Path.Combine(Root, "Archives");
}
