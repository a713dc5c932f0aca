using Microsoft.Playwright;

namespace ApprenantAgile.Browser.Tests.Infrastructure;

/// <summary>
/// One host and one headless Chromium for all browser tests: the national tenant ("Default") at
/// the site root, set up with the national recipe, and a centre under the <see cref="CentrePrefix"/>
/// URL prefix, created with the centre recipe; each has an administrator who signs in through the
/// login page. Debian's Chromium (<see cref="ChromiumPath"/>) is used, so Playwright downloads no
/// browser; its profile, HOME and XDG folders live in a temporary folder deleted at the end.
/// </summary>
public sealed class BrowserFixture : IAsyncLifetime
{
    public const string ChromiumPath = "/usr/bin/chromium";
    public const string NationalSiteName = "Apprenant Agile – réseau national";
    public const string CentreTenant = "centre-lyon";
    public const string CentrePrefix = "centre-lyon";
    public const string CentreSiteName = "APP de Lyon";

    /// <summary>User name of the administrator of both tenants; each tenant has its own user.</summary>
    public const string AdminUserName = "admin";

    /// <summary>Password of every user the fixture and the tests create; it meets the tenants' password rules.</summary>
    public const string Password = "Mot de passe de test 42";

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
        await Host.SetUpNationalTenantAsync(NationalSiteName, AdminUserName, Password);
        await Host.CreateCentreAsync(CentreTenant, CentrePrefix, CentreSiteName, AdminUserName, Password);

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
    public async Task<IBrowserContext> NewContextAsync(ViewportSize viewport, bool isMobile = false)
    {
        var context = await Browser.NewContextAsync(new BrowserNewContextOptions
        {
            BaseURL = Host.RootUri.ToString(),
            Locale = "fr-FR",
            ViewportSize = viewport,
            IsMobile = isMobile,
            HasTouch = isMobile,
        });

        // Generous waits: CI runs the suite on two cores, where a cold page can take several seconds.
        context.SetDefaultTimeout(60_000);
        context.SetDefaultNavigationTimeout(60_000);
        return context;
    }

    /// <summary>
    /// Opens a browser context signed in as <paramref name="userName"/> through the login page of
    /// the tenant at <paramref name="pathBase"/> ("" for the national site, "centre-lyon/" for a centre).
    /// </summary>
    public async Task<IBrowserContext> NewSignedInContextAsync(
        ViewportSize viewport, string pathBase, string userName = AdminUserName, string password = Password)
    {
        var context = await NewContextAsync(viewport);
        var page = await context.NewPageAsync();
        await SignInAsync(page, pathBase, userName, password);
        await page.CloseAsync();
        return context;
    }

    /// <summary>
    /// Fills and submits the login form at {pathBase}account/login, then waits until the browser
    /// leaves the login page. Fails with the page's error messages when it stays there.
    /// </summary>
    public static async Task SignInAsync(IPage page, string pathBase, string userName, string password = Password)
    {
        await page.GotoAsync(pathBase + "account/login");
        await page.GetByLabel("Nom d’utilisateur ou adresse e-mail").FillAsync(userName);
        await page.GetByLabel("Mot de passe", new() { Exact = true }).FillAsync(password);

        // Wait for the login POST itself: a 302 means the authentication cookie is set. Waiting for
        // the next URL instead raced with the redirect on a loaded machine.
        var response = await page.RunAndWaitForResponseAsync(
            () => page.GetByRole(AriaRole.Button, new() { Name = "Se connecter" }).ClickAsync(),
            r => r.Request.Method == "POST" && r.Url.Contains("/account/login", StringComparison.Ordinal));

        if (response.Status != 302)
        {
            await page.WaitForLoadStateAsync(LoadState.DOMContentLoaded);
            var errors = await page.Locator("main").InnerTextAsync();
            Assert.Fail($"Signing in '{userName}' at {pathBase}account/login answered {response.Status} instead of a redirect:\n{errors}");
        }

        await page.WaitForURLAsync(url => !url.Contains("/account/login", StringComparison.Ordinal), new() { WaitUntil = WaitUntilState.Commit });
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
