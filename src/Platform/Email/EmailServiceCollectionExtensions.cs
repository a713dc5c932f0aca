using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace ApprenantAgile.Platform.Email;

public static class EmailServiceCollectionExtensions
{
    /// <summary>
    /// Registers <see cref="ISmtpService"/> and binds <see cref="SmtpSettings"/> from the <c>Email</c> section
    /// of <paramref name="configuration"/>. The settings are validated when the host starts, so a missing
    /// <c>Email:DefaultSender</c>, or a missing host in Network mode, stops start-up with a message naming the key.
    /// The service needs an <c>IHostEnvironment</c>, which every ASP.NET Core host registers.
    /// </summary>
    public static IServiceCollection AddPlatformEmail(this IServiceCollection services, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentNullException.ThrowIfNull(configuration);

        services.AddOptions<SmtpSettings>()
            .Bind(configuration.GetSection(SmtpSettings.SectionName))
            .ValidateOnStart();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<SmtpSettings>, SmtpSettingsValidator>());

        // AddLocalization only adds what is missing, so a PO-file IStringLocalizerFactory registered before
        // this call, or with AddSingleton after it, takes precedence. Without one, the English keys are shown.
        services.AddLocalization();
        services.AddLogging();

        services.TryAddSingleton<ISmtpService, SmtpService>();
        return services;
    }
}
