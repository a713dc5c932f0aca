using System.Reflection;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace ApprenantAgile.Platform.Liquid;

public static class LiquidServiceCollectionExtensions
{
    /// <summary>
    /// Registers <see cref="ILiquidTemplateManager"/> and the <see cref="EmbeddedLiquidTemplateProvider"/>
    /// over <paramref name="themeAssemblies"/>. Requires an <see cref="IStringLocalizerFactory"/> (for
    /// example from <c>AddPlatformLocalization</c>) for the <c>t</c> filter.
    /// </summary>
    /// <remarks>
    /// Providers registered before this call (such as a tenant override store) are asked before the
    /// embedded templates.
    /// </remarks>
    public static IServiceCollection AddPlatformLiquid(
        this IServiceCollection services,
        IEnumerable<Assembly> themeAssemblies,
        Action<LiquidSandboxOptions>? configure = null)
    {
        ArgumentNullException.ThrowIfNull(themeAssemblies);
        var assemblies = themeAssemblies.ToArray();

        services.AddOptions<LiquidSandboxOptions>();
        if (configure is not null)
        {
            services.Configure(configure);
        }

        services.AddHttpContextAccessor();
        services.AddSingleton<ILiquidTemplateProvider>(provider => new EmbeddedLiquidTemplateProvider(
            assemblies, provider.GetRequiredService<ILogger<EmbeddedLiquidTemplateProvider>>()));
        services.TryAddSingleton(provider =>
            new CompositeLiquidTemplateProvider(provider.GetServices<ILiquidTemplateProvider>()));
        services.TryAddSingleton<ILiquidTemplateManager>(provider =>
        {
            var sandbox = provider.GetRequiredService<IOptions<LiquidSandboxOptions>>();
            var templates = provider.GetRequiredService<CompositeLiquidTemplateProvider>();
            var templateOptions = LiquidTemplateOptionsFactory.Create(
                sandbox.Value,
                templates,
                provider.GetRequiredService<IStringLocalizerFactory>(),
                provider.GetRequiredService<IHttpContextAccessor>());

            return new LiquidTemplateManager(templateOptions, sandbox, templates,
                provider.GetRequiredService<ILogger<LiquidTemplateManager>>());
        });

        return services;
    }

    /// <summary>
    /// Allows Liquid templates to read the public properties of <typeparamref name="T"/>. Call it at
    /// startup, before the first template is rendered.
    /// </summary>
    public static IServiceCollection AddLiquidViewModel<T>(this IServiceCollection services)
    {
        services.Configure<LiquidSandboxOptions>(options => options.ViewModels.Register<T>());
        return services;
    }
}
