using ApprenantAgile.Platform.Hosting;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace ApprenantAgile.Benchmarks;

/// <summary>Builds the real host (all modules) on a given App_Data folder, without starting Kestrel.</summary>
internal static class BenchmarkHost
{
    public static async Task<WebApplication> StartAsync(string appDataPath)
    {
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions { EnvironmentName = "Benchmark" });
        builder.Configuration["Platform:AppDataPath"] = appDataPath;
        builder.Configuration["Platform:DefaultTenantHosts:0"] = "national.bench";
        builder.Configuration["Email:DeliveryMethod"] = "PickupDirectory";
        builder.Configuration["Email:DefaultSender"] = "bench@apprenant-agile.test";
        builder.Logging.ClearProviders();
        builder.AddApprenantAgilePlatform(System.Reflection.Assembly.Load("ApprenantAgile.Web"));

        var app = builder.Build();
        app.UseApprenantAgilePlatform();
        await app.StartAsync();
        return app;
    }
}
