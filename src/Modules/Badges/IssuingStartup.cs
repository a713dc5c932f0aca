using ApprenantAgile.Badges.Abstractions;
using ApprenantAgile.Badges.Assertions;
using ApprenantAgile.Badges.Endpoints;
using ApprenantAgile.Badges.Issuing;
using ApprenantAgile.Badges.Issuing.Csv;
using ApprenantAgile.Badges.Revocation;
using ApprenantAgile.Badges.Verification;
using ApprenantAgile.Platform.Admin.Navigation;
using ApprenantAgile.Platform.Contents.Handlers;
using ApprenantAgile.Platform.Hosting;
using ApprenantAgile.Platform.Modules;
using ApprenantAgile.Platform.Security.Permissions;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace ApprenantAgile.Badges;

/// <summary>
/// Services of badge issuing (OB 2.0 assertions, their public endpoints, revocation, verification,
/// the admin, "Mes badges" and CSV import), and the public /ob2/... endpoints of each tenant.
/// </summary>
public sealed class IssuingStartup : ModuleStartup
{
    public override void ConfigureServices(IServiceCollection services, IConfiguration configuration)
    {
        services.TryAddSingleton(TimeProvider.System);

        services.AddScoped<AssertionStore>();
        services.AddScoped<RecipientEmailProtector>();
        services.AddScoped<Ob2Urls>();
        services.AddScoped<Ob2DocumentFactory>();
        services.AddScoped<BadgeEmailSender>();
        services.AddSingleton<SigningKeyGate>();
        services.AddScoped<BadgeIssuer>();
        services.AddScoped<IBadgeIssuer>(sp => sp.GetRequiredService<BadgeIssuer>());
        services.AddScoped<CsvIssueImporter>();
        services.AddScoped<AssertionRevoker>();

        services.AddScoped<Ob2DocumentService>();
        services.AddOptions<Ob2DocumentCacheOptions>().Bind(configuration.GetSection(Ob2DocumentCacheOptions.SectionName));
        services.AddSingleton<Ob2DocumentCache>();
        services.AddSingleton<IPublicResponseShortcut, Ob2PublicDocumentShortcut>();
        services.AddScoped<IContentHandler, Ob2DocumentCacheInvalidator>();
        services.AddScoped<BakedImageService>();
        services.AddScoped<BadgePageBuilder>();

        services.AddOptions<VerificationOptions>().Bind(configuration.GetSection(VerificationOptions.SectionName));
        services.AddHttpClient<RemoteDocumentClient>(RemoteDocumentClient.HttpClientName, (sp, client) =>
                client.Timeout = sp.GetRequiredService<IOptions<VerificationOptions>>().Value.FetchTimeout + TimeSpan.FromSeconds(5))
            .ConfigurePrimaryHttpMessageHandler(sp => RemoteDocumentClient.CreateHandler(sp.GetRequiredService<IOptions<VerificationOptions>>().Value));
        services.AddScoped<Ob2DocumentFetcher>();
        services.AddScoped<BadgeVerifier>();

        services.AddScoped<IPermissionProvider, IssuingPermissions>();
        services.AddScoped<INavigationProvider, IssuingNavigationProvider>();
    }

    public override void Configure(IEndpointRouteBuilder endpoints) => Ob2Endpoints.Map(endpoints);
}
