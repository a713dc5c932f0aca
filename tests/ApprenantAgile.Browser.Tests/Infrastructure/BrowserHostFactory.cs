using System.Net;
using ApprenantAgile.Platform.Documents;
using ApprenantAgile.Platform.Features;
using ApprenantAgile.Platform.Settings;
using ApprenantAgile.Platform.Tenants;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.TestHost;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace ApprenantAgile.Browser.Tests.Infrastructure;

/// <summary>
/// The real host (src/Web's Program) on Kestrel, bound to 127.0.0.1 on a port the OS picks, with
/// its own App_Data folder. A browser needs a real socket, which the in-memory TestServer lacks.
/// The factory runs the host in the test process rather than as a separate one, so tests reach its
/// services to declare tenants and write their settings.
/// </summary>
public sealed class BrowserHostFactory : WebApplicationFactory<Program>
{
    public BrowserHostFactory()
    {
        UseKestrel(options => options.Listen(IPAddress.Loopback, 0));
    }

    public string AppDataPath { get; } = Path.Combine(Path.GetTempPath(), "aa-browser-tests", Guid.NewGuid().ToString("N"));

    /// <summary>Root URL of the server, such as "http://127.0.0.1:41234"; set by <see cref="Start"/>.</summary>
    public Uri RootUri { get; private set; } = null!;

    public TenantHost TenantHost => Services.GetRequiredService<TenantHost>();

    /// <summary>Starts Kestrel and reads the address it bound.</summary>
    public void Start()
    {
        StartServer();
        var addresses = Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()?.Addresses ?? [];
        var address = addresses.FirstOrDefault()
            ?? throw new InvalidOperationException("Kestrel started without a listening address; check the UseKestrel options of BrowserHostFactory.");
        RootUri = new Uri(address.TrimEnd('/') + "/");
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Testing");

        // Outside Development, static web assets (the /_content/ files of the platform and the
        // theme) are served from their project folders only after UseStaticWebAssets.
        builder.UseStaticWebAssets();
        builder.UseSetting("Platform:AppDataPath", AppDataPath);
        builder.UseSetting("Email:DeliveryMethod", "PickupDirectory");
        builder.UseSetting("Email:PickupDirectory", Path.Combine(AppDataPath, "Mail"));

        // TODO: sign in through the platform's login page once the security work provides it,
        // and drop this header-based stand-in.
        builder.ConfigureTestServices(services =>
        {
            services.AddAuthentication(HeaderSignInHandler.Scheme)
                .AddScheme<AuthenticationSchemeOptions, HeaderSignInHandler>(HeaderSignInHandler.Scheme, null);
            services.AddSingleton<IAuthorizationPolicyProvider, ClaimPermissionPolicyProvider>();
        });
    }

    /// <summary>
    /// Declares the tenant as running in the tenant store (no setup recipe), enables
    /// <paramref name="features"/> and stores its site name.
    /// </summary>
    public async Task RunTenantAsync(string name, string? prefix, string siteName, params string[] features)
    {
        var settings = (TenantHost.FindSettings(name) ?? new TenantSettings { Name = name }) with
        {
            State = TenantState.Running,
            RequestUrlPrefix = prefix,
        };
        await TenantHost.SaveSettingsAsync(settings);

        await using (var scope = await TenantHost.CreateScopeAsync(name))
        {
            var result = await scope.ServiceProvider.GetRequiredService<TenantFeatureManager>().EnableAsync(features);
            if (!result.Succeeded)
            {
                throw new InvalidOperationException($"Enabling features on tenant '{name}' failed: {string.Join("; ", result.Errors)}");
            }
        }

        await using (var scope = await TenantHost.CreateScopeAsync(name))
        {
            var documents = scope.ServiceProvider.GetRequiredService<IDocumentStore>();
            var siteSettings = await documents.GetAsync<SiteSettings>();
            siteSettings.SiteName = siteName;
            await documents.SaveAsync(siteSettings);
        }
    }

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        if (disposing && Directory.Exists(AppDataPath))
        {
            try
            {
                Directory.Delete(AppDataPath, recursive: true);
            }
            catch (IOException)
            {
                // SQLite may still hold a pooled connection; the temp folder is cleaned by the OS later.
            }
        }
    }
}
