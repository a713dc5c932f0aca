using ApprenantAgile.Badges.Abstractions;
using ApprenantAgile.Badges.Assertions;
using ApprenantAgile.Badges.BadgeClasses;
using ApprenantAgile.Badges.Catalogue;
using ApprenantAgile.Badges.Issuers;
using ApprenantAgile.Platform.Admin.Navigation;
using ApprenantAgile.Platform.Contents.Admin;
using ApprenantAgile.Platform.Contents.Handlers;
using ApprenantAgile.Platform.Liquid;
using ApprenantAgile.Platform.Modules;
using ApprenantAgile.Platform.Recipes;
using ApprenantAgile.Platform.Security.Permissions;
using ApprenantAgile.Platform.Users.AccountLinks;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace ApprenantAgile.Badges;

/// <summary>Registers the badge classes, the issuer profile and the national catalogue, and maps the public catalogue routes.</summary>
public sealed class BadgesStartup : ModuleStartup
{
    public override void ConfigureServices(IServiceCollection services, IConfiguration configuration)
    {
        services.AddScoped<IContentHandler, BadgeClassIndexHandler>();
        services.AddScoped<IContentAdminGuard, BadgeContentAdminGuard>();
        services.AddScoped<BadgeClassStore>();
        services.AddScoped<BadgeImageStore>();
        services.AddScoped<BadgeClassProvider>();
        services.AddScoped<IBadgeClassProvider>(sp => sp.GetRequiredService<BadgeClassProvider>());
        services.AddScoped<IIssuerProfileProvider, IssuerProfileProvider>();
        services.AddSingleton<IssuerProfileCache>();
        services.AddScoped<IPermissionProvider, BadgeClassPermissions>();
        services.AddScoped<INavigationProvider, BadgeClassesNavigationProvider>();
        services.AddScoped<IAccountLinkProvider, MyBadgesAccountLink>();

        services.AddScoped<CatalogueRecipeReader>();
        services.AddScoped<CatalogueImporter>();
        services.AddScoped<CatalogueSynchronizer>();
        services.AddScoped<BadgeClassDocumentBuilder>();
        services.AddScoped<CatalogueJsonBuilder>();
        services.AddScoped<ILiquidTemplateSampleProvider, CatalogueTemplateSamples>();
        services.AddScoped<IRecipeStepHandler, BadgeCatalogueStep>();
        services.AddScoped<IRecipeStepHandler, BadgeCatalogueSyncStep>();

        services.AddOptions<NationalCatalogueOptions>().Bind(configuration.GetSection(NationalCatalogueOptions.SectionName));
        services.AddHttpClient<HttpNationalCatalogueSource>((sp, client) =>
            client.Timeout = TimeSpan.FromSeconds(sp.GetRequiredService<IOptions<NationalCatalogueOptions>>().Value.TimeoutSeconds));
        services.AddScoped<InProcessNationalCatalogueSource>();
        services.AddScoped<INationalCatalogueSource>(sp =>
            sp.GetRequiredService<IOptions<NationalCatalogueOptions>>().Value.BaseUrl is null
                ? sp.GetRequiredService<InProcessNationalCatalogueSource>()
                : sp.GetRequiredService<HttpNationalCatalogueSource>());

        services.AddLiquidViewModel<CatalogueMapViewModel>();
        services.AddLiquidViewModel<CatalogueLevelViewModel>();
        services.AddLiquidViewModel<CatalogueFamilyRowViewModel>();
        services.AddLiquidViewModel<CatalogueCellViewModel>();
        services.AddLiquidViewModel<CatalogueBadgeLinkViewModel>();
        services.AddLiquidViewModel<BadgePageViewModel>();
        services.AddLiquidViewModel<BadgeAlignmentViewModel>();
    }

    public override void Configure(IEndpointRouteBuilder endpoints) => CatalogueEndpoints.Map(endpoints);
}
