using ApprenantAgile.Platform.Tenants;
using Microsoft.Playwright;

namespace ApprenantAgile.Browser.Tests.Infrastructure;

/// <summary>
/// One host and one headless Chromium for all browser tests: the national tenant ("Default") at
/// the site root and a centre under the <see cref="CentrePrefix"/> URL prefix, both running the
/// Agile theme. Debian's Chromium (<see cref="ChromiumPath"/>) is used, so Playwright downloads no
/// browser; its profile, HOME and XDG folders live in a temporary folder deleted at the end.
/// </summary>
public sealed class BrowserFixture : IAsyncLifetime
{
    public const string ChromiumPath = "/usr/bin/chromium";
    public const string ThemeFeature = "AgileTheme";
    public const string NationalSiteName = "Apprenant Agile – réseau national";
    public const string CentreTenant = "centre-lyon";
    public const string CentrePrefix = "centre-lyon";
    public const string CentreSiteName = "APP de Lyon";

    private static readonly string[] ChromiumArguments =
    [
        "--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
        "--disable-component-update", "--disable-sync", "--no-first-run",
    ];

    private readonly string _browserHome = Path.Combine(Path.GetTempPath(), "aa-browser-home", Guid.NewGuid().ToString("N"));
    private IPlaywright? _playwright;

    public BrowserHostFactory Host { get; } = new();

    public IBrowser Browser { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        Host.Start();
        await Host.RunTenantAsync(TenantSettings.DefaultTenantName, prefix: null, NationalSiteName, ThemeFeature);
        await Host.RunTenantAsync(CentreTenant, CentrePrefix, CentreSiteName, ThemeFeature);

        if (!File.Exists(ChromiumPath))
        {
            throw new InvalidOperationException($"Chromium was not found at {ChromiumPath}. Install Debian's package: apt-get install chromium.");
        }

        Directory.CreateDirectory(_browserHome);
        _playwright = await Playwright.CreateAsync();
        Browser = await _playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = ChromiumPath,
            Headless = true,
            Args = ChromiumArguments,
            Env = new Dictionary<string, string>
            {
                ["HOME"] = _browserHome,
                ["XDG_CONFIG_HOME"] = Path.Combine(_browserHome, "config"),
                ["XDG_CACHE_HOME"] = Path.Combine(_browserHome, "cache"),
                ["XDG_DATA_HOME"] = Path.Combine(_browserHome, "data"),
            },
            Timeout = 60_000,
        });
    }

    /// <summary>
    /// Opens a browser context on the host with a French UI and the given viewport; pages resolve
    /// relative URLs ("centre-lyon/") against the host's root.
    /// </summary>
    public Task<IBrowserContext> NewContextAsync(ViewportSize viewport, bool isMobile = false) =>
        Browser.NewContextAsync(new BrowserNewContextOptions
        {
            BaseURL = Host.RootUri.ToString(),
            Locale = "fr-FR",
            ViewportSize = viewport,
            IsMobile = isMobile,
            HasTouch = isMobile,
        });

    /// <summary>
    /// Opens a browser context whose requests are signed in as <paramref name="userName"/> with
    /// <paramref name="permissions"/>, through <see cref="HeaderSignInHandler"/>.
    /// </summary>
    public async Task<IBrowserContext> NewSignedInContextAsync(ViewportSize viewport, string userName, params string[] permissions)
    {
        var context = await NewContextAsync(viewport);
        await context.SetExtraHTTPHeadersAsync(new Dictionary<string, string>
        {
            [HeaderSignInHandler.UserHeader] = userName,
            [HeaderSignInHandler.PermissionsHeader] = string.Join(',', permissions),
        });
        return context;
    }

    public async Task DisposeAsync()
    {
        if (Browser is not null)
        {
            await Browser.CloseAsync();
        }

        _playwright?.Dispose();
        await Host.DisposeAsync();

        try
        {
            Directory.Delete(_browserHome, recursive: true);
        }
        catch (IOException)
        {
            // Chromium may still be writing its profile while it exits; the OS cleans the temp folder later.
        }
    }
}

/// <summary>Shares one <see cref="BrowserFixture"/> between the test classes of the collection.</summary>
[CollectionDefinition(Name)]
public sealed class BrowserCollection : ICollectionFixture<BrowserFixture>
{
    public const string Name = "Browser";
}
