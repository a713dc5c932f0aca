using ApprenantAgile.Platform.Recipes;
using ApprenantAgile.Tests.Infrastructure;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;

namespace ApprenantAgile.Tests.Recipes;

/// <summary>The real host plus <see cref="FailingStep"/>, so that recipes can fail during execution.</summary>
public sealed class RecipesPlatformFactory : PlatformFactory
{
    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.ConfigureTestServices(services => services.AddScoped<IRecipeStepHandler, FailingStep>());
    }
}
