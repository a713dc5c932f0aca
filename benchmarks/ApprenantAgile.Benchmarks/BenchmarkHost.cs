using ApprenantAgile.Platform.Hosting;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace ApprenantAgile.Benchmarks;

/// <summary>Builds the real host (all modules) on a given App_Data folder, with or without Kestrel.</summary>
internal static class BenchmarkHost
{
    public static Task<WebApplication> StartAsync(string appDataPath) => BuildAndStartAsync(CreateBuilder(appDataPath));

    /// <summary>Starts the real host on Kestrel at a free port of 127.0.0.1; e-mails go to a folder under <paramref name="appDataPath"/>.</summary>
    public static Task<WebApplication> StartListeningAsync(string appDataPath)
    {
        var builder = CreateBuilder(appDataPath);
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Configuration["Platform:PublicBaseUrl"] = "http://127.0.0.1";
        builder.Configuration["Email:PickupDirectory"] = Path.Combine(appDataPath, "Mail");
        return BuildAndStartAsync(builder);
    }

    private static WebApplicationBuilder CreateBuilder(string appDataPath)
    {
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions { EnvironmentName = "Benchmark" });
        builder.Configuration["Platform:AppDataPath"] = appDataPath;
        builder.Configuration["Platform:DefaultTenantHosts:0"] = "national.bench";
        builder.Configuration["Email:DeliveryMethod"] = "PickupDirectory";
        builder.Configuration["Email:DefaultSender"] = "bench@apprenant-agile.test";
        builder.Logging.ClearProviders();
        return builder;
    }

    private static async Task<WebApplication> BuildAndStartAsync(WebApplicationBuilder builder)
    {
        builder.AddApprenantAgilePlatform(System.Reflection.Assembly.Load("ApprenantAgile.Web"));
        var app = builder.Build();
        app.UseApprenantAgilePlatform();
        await app.StartAsync();
        return app;
    }

    /// <summary>Deletes a benchmark's App_Data folder, leaving it to the OS when SQLite keeps a pooled file handle open.</summary>
    public static void DeleteAppData(string appDataPath)
    {
        try
        {
            Directory.Delete(appDataPath, recursive: true);
        }
        catch (IOException)
        {
            // The temporary folder is left to the OS.
        }
    }

    /// <summary>Returns the path of recipes/{name}.recipe.json in the clone that the benchmark runs from.</summary>
    public static string FindRecipe(string name)
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            var candidate = Path.Combine(directory.FullName, "recipes", name + ".recipe.json");
            if (File.Exists(candidate))
            {
                return candidate;
            }
        }

        throw new FileNotFoundException($"No recipes/{name}.recipe.json above {AppContext.BaseDirectory}. Run the benchmark from a clone of the repository.");
    }
}
