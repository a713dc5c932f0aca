using ApprenantAgile.Badges.DataIntegrity;
using ApprenantAgile.Badges.JsonLd;
using ApprenantAgile.Badges.OpenBadges.V3.Jwt;
using ApprenantAgile.Platform.Modules;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace ApprenantAgile.Badges.OpenBadges.V3;

/// <summary>Services and public endpoints of Open Badges 3.0 credentials: signing, storage, status list, baking and verification.</summary>
public sealed class Ob3Startup : ModuleStartup
{
    public override void ConfigureServices(IServiceCollection services, IConfiguration configuration)
    {
        // The cryptosuite only reads the contexts embedded in the assembly, so signing and verifying never reach the network.
        services.AddSingleton(new EddsaRdfc2022(new EmbeddedContextLoader()));

        services.AddScoped<Ob3Urls>();
        services.AddScoped<OpenBadgeCredentialBuilder>();
        services.AddScoped<IssuerMultikeys>();
        services.AddScoped<Ob3CredentialStore>();
        services.AddScoped<OpenBadgeCredentialIssuer>();
        services.AddScoped<Ob3DocumentService>();
        services.AddScoped<Ob3BakedImages>();
        services.AddScoped<Ob3DocumentFetcher>();
        services.AddSingleton<Did.Ed25519Signature2020>();
        services.AddScoped<OpenBadgeCredentialVerifier>();
        services.AddScoped<IssuerJsonWebKeySet>();
        services.AddScoped<VcJwtIssuer>();
        services.AddScoped<VcJwtVerifier>();
    }

    public override void Configure(IEndpointRouteBuilder endpoints)
    {
        Ob3Endpoints.Map(endpoints);
        VcJwtEndpoints.Map(endpoints);
    }
}
