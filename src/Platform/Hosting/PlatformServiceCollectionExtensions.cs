using System.Reflection;
using ApprenantAgile.Platform.Caching;
using ApprenantAgile.Platform.Clustering;
using ApprenantAgile.Platform.Configuration;
using ApprenantAgile.Platform.Data;
using ApprenantAgile.Platform.Data.Migrations;
using ApprenantAgile.Platform.Documents;
using ApprenantAgile.Platform.Email;
using ApprenantAgile.Platform.Features;
using ApprenantAgile.Platform.Liquid;
using ApprenantAgile.Platform.Localization;
using ApprenantAgile.Platform.Modules;
using ApprenantAgile.Platform.Security.Antiforgery;
using ApprenantAgile.Platform.Security.DataProtection;
using ApprenantAgile.Platform.Tenants;
using ApprenantAgile.Platform.Users.AccountLinks;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.WebEncoders;
using System.Text.Encodings.Web;
using System.Text.Unicode;

namespace ApprenantAgile.Platform.Hosting;

/// <summary>Registers the platform and every referenced module in the host's one service container.</summary>
public static class PlatformServiceCollectionExtensions
{
    public static WebApplicationBuilder AddApprenantAgilePlatform(this WebApplicationBuilder builder, Assembly hostAssembly)
    {
        var services = builder.Services;
        var catalogue = new FeatureCatalogue(ModuleAssemblyLoader.Discover(hostAssembly));
        TenantDbContext.UseModelAssemblies(catalogue.ModuleAssemblies);
        services.AddSingleton(catalogue);

        services.AddOptions<PlatformOptions>().Bind(builder.Configuration.GetSection(PlatformOptions.SectionName));
        services.AddSingleton<AppDataPaths>();
        services.AddHttpContextAccessor();

        // Razor and the encoders keep accented letters as they are ("é", not "&#xE9;"): pages are in French.
        services.Configure<WebEncoderOptions>(options => options.TextEncoderSettings = new TextEncoderSettings(UnicodeRanges.All));
        services.AddPlatformLocalization(catalogue.ModuleAssemblies);
        // Themes come first so that a theme's template replaces a module's template of the same name.
        var liquidAssemblies = catalogue.Features.Where(f => f.IsTheme).Select(f => f.Assembly)
            .Concat(catalogue.ModuleAssemblies)
            .Distinct();
        services.AddPlatformLiquid(liquidAssemblies);
        services.AddOptions<LiquidSandboxOptions>().Bind(builder.Configuration.GetSection(LiquidSandboxOptions.SectionName));
        services.AddScoped<ThemeLayoutRenderer>();
        services.AddLiquidViewModel<LayoutViewModel>();
        services.AddScoped<AccountNavigation>();
        services.AddLiquidViewModel<AccountNavigationViewModel>();
        services.AddLiquidViewModel<AccountNavigationLink>();
        AddPublicPageCache(services, builder.Configuration);

        services.AddPlatformEmail(builder.Configuration);
        var cluster = services.AddPlatformClustering(builder.Configuration);
        AddTenancy(services);
        AddData(services);
        AddDataProtection(services, builder, cluster);
        services.AddAntiforgery(options => options.Cookie.Name = TenantAntiforgeryCookieMiddleware.BaseName);

        var mvc = services.AddControllersWithViews(options => options.Conventions.Add(new FeatureControllerConvention(catalogue)));
        foreach (var assembly in catalogue.ModuleAssemblies)
        {
            mvc.AddApplicationPart(assembly);
        }

        var startups = ModuleStartups.Create(catalogue);
        foreach (var startup in startups)
        {
            startup.Instance.ConfigureServices(services, builder.Configuration);
        }

        services.AddSingleton(startups);

        // After the modules' shortcuts, so that their narrower lookups (OB 2.0 documents) run first.
        services.AddSingleton<IPublicResponseShortcut, PublicPageShortcut>();
        return builder;
    }

    private static void AddPublicPageCache(IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<PublicPageCacheOptions>().Bind(configuration.GetSection(PublicPageCacheOptions.SectionName));
        services.TryAddSingleton<ITenantCacheSignalPublisher, LocalTenantCacheSignalPublisher>();
        services.AddSingleton<TenantCacheSignal>();
        services.AddSingleton<PublicPageCache>();
    }

    private static void AddTenancy(IServiceCollection services)
    {
        services.TryAddSingleton<ITenantSettingsStore>(sp => sp.GetRequiredService<FileTenantSettingsStore>());
        services.AddSingleton<TenantMigrationLock>();
        services.AddSingleton<TenantHost>();
        services.AddSingleton<TenantResolver>();
        services.AddScoped<TenantAccessor>();
        services.AddScoped<ITenantAccessor>(sp => sp.GetRequiredService<TenantAccessor>());
        services.AddScoped<TenantFeatureManager>();
        services.AddHostedService<TenantBootstrapper>();
    }

    private static void AddData(IServiceCollection services)
    {
        services.AddSingleton<PostgresDataSources>();
        services.AddSingleton<TenantDatabase>();
        services.AddDbContext<TenantDbContext>((sp, options) =>
            sp.GetRequiredService<TenantDatabase>().Configure(options, sp.GetRequiredService<ITenantAccessor>().Current.Settings));
        services.AddScoped<DataMigrationManager>();
        services.AddScoped<IDocumentStore, DocumentStore>();
    }

    private static void AddDataProtection(IServiceCollection services, WebApplicationBuilder builder, ClusterOptions cluster)
    {
        var platform = builder.Configuration.GetSection(PlatformOptions.SectionName).Get<PlatformOptions>() ?? new PlatformOptions();
        var keysFolder = Path.Combine(AppDataPaths.SharedRootOf(platform, builder.Environment.ContentRootPath), "DataProtection-Keys");

        // Every node must use the same application name and key ring, or a cookie from one node fails on another.
        services.AddDataProtection()
            .SetApplicationName("ApprenantAgile")
            .PersistKeysToClusterStore(cluster, keysFolder);

        var original = services.Last(d => d.ServiceType == typeof(IDataProtectionProvider));
        services.Remove(original);
        services.AddSingleton<IDataProtectionProvider>(sp =>
        {
            var inner = (IDataProtectionProvider)(original.ImplementationInstance
                ?? original.ImplementationFactory?.Invoke(sp)
                ?? ActivatorUtilities.CreateInstance(sp, original.ImplementationType!));
            return new TenantDataProtectionProvider(inner, sp.GetRequiredService<IHttpContextAccessor>());
        });
    }
}
