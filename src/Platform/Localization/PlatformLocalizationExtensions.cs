using System.Reflection;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Localization;
using Microsoft.AspNetCore.Mvc.Localization;
using Microsoft.AspNetCore.Routing;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Logging;

namespace ApprenantAgile.Platform.Localization;

public static class PlatformLocalizationExtensions
{
    /// <summary>
    /// Registers PO-file localization: <see cref="PoCatalog"/> loaded from the platform and from
    /// <paramref name="moduleAssemblies"/> (modules and themes that reference the platform),
    /// <see cref="IStringLocalizerFactory"/>, a plural-aware <see cref="IStringLocalizer{T}"/>
    /// (<see cref="PluralStringLocalizer{T}"/>) and <see cref="IViewLocalizer"/> (<see cref="PluralViewLocalizer"/>),
    /// the standard MVC <see cref="IHtmlLocalizerFactory"/> and <see cref="IHtmlLocalizer{T}"/> on top of it, and antiforgery for <see cref="MapCultureSwitch"/>.
    /// </summary>
    /// <remarks>
    /// Registrations replace any earlier <see cref="IStringLocalizerFactory"/>, such as the
    /// resource-file one that <c>AddViewLocalization()</c> adds, so call order does not matter.
    /// </remarks>
    public static IServiceCollection AddPlatformLocalization(this IServiceCollection services, IEnumerable<Assembly> moduleAssemblies)
    {
        ArgumentNullException.ThrowIfNull(moduleAssemblies);
        var assemblies = moduleAssemblies.ToArray();

        services.AddLogging();
        services.AddAntiforgery();
        services.TryAddSingleton(provider =>
            PoCatalog.FromAssemblies(assemblies, provider.GetRequiredService<ILogger<PoCatalog>>()));

        services.Replace(ServiceDescriptor.Singleton<IStringLocalizerFactory, PoStringLocalizerFactory>());
        services.Replace(ServiceDescriptor.Transient(typeof(IStringLocalizer<>), typeof(PluralStringLocalizer<>)));
        services.Replace(ServiceDescriptor.Singleton<IHtmlLocalizerFactory, HtmlLocalizerFactory>());
        services.Replace(ServiceDescriptor.Transient(typeof(IHtmlLocalizer<>), typeof(HtmlLocalizer<>)));
        services.Replace(ServiceDescriptor.Transient<IViewLocalizer, PluralViewLocalizer>());

        return services;
    }

    /// <summary>
    /// Adds request localization: fr-FR by default, en-US on request. The culture comes from the
    /// query string (<c>?culture=en</c>) first, then from the standard culture cookie set by
    /// <see cref="MapCultureSwitch"/>. The Accept-Language header is not read.
    /// </summary>
    public static IApplicationBuilder UsePlatformRequestLocalization(this IApplicationBuilder app)
    {
        var options = new RequestLocalizationOptions
        {
            DefaultRequestCulture = new RequestCulture(PlatformCultures.Default),
            SupportedCultures = PlatformCultures.Supported.ToList(),
            SupportedUICultures = PlatformCultures.Supported.ToList(),
            RequestCultureProviders =
            [
                new SupportedCultureRequestProvider(new QueryStringRequestCultureProvider()),
                new SupportedCultureRequestProvider(new CookieRequestCultureProvider()),
            ],
        };

        return app.UseRequestLocalization(options);
    }

    /// <summary>
    /// Maps <c>GET /culture</c> with query parameters <c>culture</c> ("fr" or "en") and <c>returnUrl</c>
    /// (a local path), and <c>POST /culture</c> with the same form fields. The POST form must carry an
    /// antiforgery token, which the standard minimal-API form antiforgery checks, so the host must call
    /// <c>app.UseAntiforgery()</c> after routing.
    /// </summary>
    public static void MapCultureSwitch(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGet(CultureSwitchEndpoint.Route, CultureSwitchEndpoint.HandleQuery).WithName("CultureSwitchLink");
        endpoints.MapPost(CultureSwitchEndpoint.Route, CultureSwitchEndpoint.HandleForm).WithName("CultureSwitch");
    }
}
