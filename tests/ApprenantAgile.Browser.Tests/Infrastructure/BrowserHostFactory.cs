using System.Net;
using System.Text.RegularExpressions;
using ApprenantAgile.Platform.Setup;
using ApprenantAgile.Platform.Tenants;
using ApprenantAgile.Platform.Users.Models;
using ApprenantAgile.Platform.Users.Setup;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using MimeKit;

namespace ApprenantAgile.Browser.Tests.Infrastructure;

/// <summary>
/// The real host (src/Web's Program) on Kestrel, bound to 127.0.0.1 on a port the OS picks, with
/// its own App_Data folder. A browser needs a real socket, which the in-memory TestServer lacks.
/// The factory runs the host in the test process rather than as a separate one, so tests reach its
/// services to set up tenants, create users and read the e-mails the host writes.
/// </summary>
public sealed partial class BrowserHostFactory : WebApplicationFactory<Program>
{
    private readonly int _port = FreeLoopbackPort();

    public BrowserHostFactory()
    {
        // The port is chosen before start-up so that Platform:PublicBaseUrl (links in e-mails and
        // Open Badges ids built outside requests) can name it.
        UseKestrel(options => options.Listen(IPAddress.Loopback, _port));
    }

    public string AppDataPath { get; } = Path.Combine(Path.GetTempPath(), "aa-browser-tests", Guid.NewGuid().ToString("N"));

    /// <summary>Folder where the host writes e-mails as .eml files instead of sending them.</summary>
    public string MailFolder => Path.Combine(AppDataPath, "Mail");

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
        builder.UseSetting("Platform:PublicBaseUrl", $"http://127.0.0.1:{_port}");
        builder.UseSetting("Email:DeliveryMethod", "PickupDirectory");
        builder.UseSetting("Email:PickupDirectory", MailFolder);
    }

    /// <summary>
    /// Sets up the national tenant ("Default", declared by the host at start-up) with the national
    /// recipe, as the development seed does, and an administrator with a password.
    /// </summary>
    public async Task SetUpNationalTenantAsync(string siteName, string adminUserName, string adminPassword)
    {
        var result = await Services.GetRequiredService<TenantSetupService>().SetupAsync(TenantSettings.DefaultTenantName, new SetupRequest
        {
            SiteName = siteName,
            AdminEmail = adminUserName + "@national.example.org",
            AdminUserName = adminUserName,
            AdminPassword = adminPassword,
            RecipeName = "national",
        });

        if (!result.Succeeded)
        {
            throw new InvalidOperationException("Setting up the national tenant failed: " + string.Join("; ", result.Errors));
        }
    }

    /// <summary>
    /// Creates a centre's tenant at <paramref name="prefix"/> through <see cref="TenantManager"/>
    /// with the centre recipe and an administrator who has a password, so no e-mail is needed.
    /// </summary>
    public async Task CreateCentreAsync(string name, string prefix, string siteName, string adminUserName, string adminPassword)
    {
        await using var scope = Services.CreateAsyncScope();
        var result = await scope.ServiceProvider.GetRequiredService<TenantManager>().CreateAsync(new TenantCreateRequest
        {
            Name = name,
            RequestUrlPrefix = prefix,
            SiteName = siteName,
            AdminEmail = adminUserName + "@" + name + ".example.org",
            AdminUserName = adminUserName,
            AdminPassword = adminPassword,
            RecipeName = "centre",
        });

        if (!result.Succeeded)
        {
            throw new InvalidOperationException($"Creating the centre '{name}' failed: " + string.Join("; ", result.Errors.Select(e => e.Message)));
        }
    }

    /// <summary>Creates a user with a confirmed e-mail and one role on <paramref name="tenantName"/>, and returns the user's id.</summary>
    public async Task<string> CreateUserAsync(string tenantName, string userName, string role, string password)
    {
        await using var scope = await TenantHost.CreateScopeAsync(tenantName);
        var services = scope.ServiceProvider;

        var roleErrors = await services.GetRequiredService<DefaultRolesInstaller>().EnsureStandardRolesAsync();
        if (roleErrors.Count > 0)
        {
            throw new InvalidOperationException("Creating the standard roles failed: " + string.Join("; ", roleErrors.Select(e => e.Description)));
        }

        var userManager = services.GetRequiredService<UserManager<User>>();
        var user = new User { UserName = userName, Email = $"{userName}@example.org", EmailConfirmed = true };
        var result = await userManager.CreateAsync(user, password);
        if (result.Succeeded)
        {
            result = await userManager.AddToRoleAsync(user, role);
        }

        if (!result.Succeeded)
        {
            throw new InvalidOperationException($"Creating user '{userName}' on tenant '{tenantName}' failed: " + string.Join("; ", result.Errors.Select(e => e.Description)));
        }

        return user.Id;
    }

    /// <summary>
    /// Returns the first link to the reset-password page in the newest e-mail sent to
    /// <paramref name="recipient"/>. Fails when no such e-mail or link is in <see cref="MailFolder"/>.
    /// </summary>
    public string ReadPasswordLinkSentTo(string recipient)
    {
        var files = Directory.Exists(MailFolder) ? Directory.GetFiles(MailFolder, "*.eml").Order(StringComparer.Ordinal).Reverse() : [];
        foreach (var file in files)
        {
            var message = MimeMessage.Load(file);
            if (!message.To.Mailboxes.Any(m => string.Equals(m.Address, recipient, StringComparison.OrdinalIgnoreCase)))
            {
                continue;
            }

            var body = message.TextBody ?? message.HtmlBody ?? "";
            var link = ResetPasswordLink().Match(body);
            Assert.True(link.Success, $"The e-mail to {recipient} ({file}) has no link to /account/reset-password:\n{body}");
            return WebUtility.HtmlDecode(link.Value);
        }

        Assert.Fail($"No e-mail to {recipient} was written to {MailFolder}.");
        return "";
    }

    [GeneratedRegex(@"https?://\S+/account/reset-password\?[^\s""<>]+")]
    private static partial Regex ResetPasswordLink();

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

    private static int FreeLoopbackPort()
    {
        using var listener = new System.Net.Sockets.TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
