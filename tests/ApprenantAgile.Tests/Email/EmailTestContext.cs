using ApprenantAgile.Platform.Email;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.FileProviders;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Hosting.Internal;
using Microsoft.Extensions.Logging;

namespace ApprenantAgile.Tests.Email;

/// <summary>
/// Service provider set up with <see cref="EmailServiceCollectionExtensions.AddPlatformEmail"/> over an
/// in-memory <c>Email</c> section, with its own temporary content root that is deleted on dispose.
/// </summary>
internal sealed class EmailTestContext : IDisposable
{
    public const string DefaultSender = "Apprenant Agile <no-reply@apprenant-agile.fr>";

    private readonly ServiceProvider _provider;

    public EmailTestContext(IReadOnlyDictionary<string, string?> emailSettings)
    {
        ContentRoot = Directory.CreateTempSubdirectory("apprenant-agile-email-").FullName;

        var configuration = new ConfigurationBuilder()
            .AddInMemoryCollection(emailSettings.Select(setting => KeyValuePair.Create($"Email:{setting.Key}", setting.Value)))
            .Build();

        var services = new ServiceCollection();
        services.AddSingleton<IHostEnvironment>(new HostingEnvironment
        {
            ApplicationName = "ApprenantAgile.Tests",
            EnvironmentName = Environments.Development,
            ContentRootPath = ContentRoot,
            ContentRootFileProvider = new NullFileProvider(),
        });
        services.AddLogging(logging => logging.AddProvider(Logs));
        services.AddPlatformEmail(configuration);
        _provider = services.BuildServiceProvider(new ServiceProviderOptions { ValidateOnBuild = true, ValidateScopes = true });
    }

    /// <summary>Temporary folder used as the host's content root.</summary>
    public string ContentRoot { get; }

    public RecordingLoggerProvider Logs { get; } = new();

    public IServiceProvider Services => _provider;

    public ISmtpService SmtpService => _provider.GetRequiredService<ISmtpService>();

    /// <summary>Creates a context that sends through the plain-text SMTP server on 127.0.0.1:<paramref name="port"/>.</summary>
    public static EmailTestContext ForNetwork(int port, string? userName = null) => new(new Dictionary<string, string?>
    {
        ["DeliveryMethod"] = "Network",
        ["DefaultSender"] = DefaultSender,
        ["Host"] = "127.0.0.1",
        ["Port"] = port.ToString(System.Globalization.CultureInfo.InvariantCulture),
        ["SecureSocketOptions"] = "None",
        ["UserName"] = userName,
    });

    /// <summary>Creates a context that writes to <paramref name="pickupDirectory"/>, relative to <see cref="ContentRoot"/> unless absolute.</summary>
    public static EmailTestContext ForPickupDirectory(string pickupDirectory = "Mail") => new(new Dictionary<string, string?>
    {
        ["DeliveryMethod"] = "PickupDirectory",
        ["DefaultSender"] = DefaultSender,
        ["PickupDirectory"] = pickupDirectory,
    });

    public void Dispose()
    {
        _provider.Dispose();
        Directory.Delete(ContentRoot, recursive: true);
    }
}
