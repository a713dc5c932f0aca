using ApprenantAgile.Platform.Modules;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace ApprenantAgile.Badges.Signing;

/// <summary>Registers the issuer key ring (scoped, because it uses the tenant's document store) and the cache of decrypted signing keys.</summary>
public sealed class SigningStartup : ModuleStartup
{
    public override void ConfigureServices(IServiceCollection services, IConfiguration configuration)
    {
        services.AddScoped<IssuerKeyRing>();
        services.AddSingleton<IssuerSigningKeyCache>();
    }
}
