using System.Diagnostics;
using ApprenantAgile.Badges.Abstractions;
using ApprenantAgile.Badges.Endorsements;
using ApprenantAgile.Platform.Tenants;
using Microsoft.Extensions.DependencyInjection;

namespace ApprenantAgile.Benchmarks;

/// <summary>
/// Measures what endorsements add to a centre's badge page and to each issued credential on SQLite. It times the
/// in-process read of the national tenant's endorsements (<see cref="ReceivedEndorsementReader"/>) per request scope,
/// next to the issuer profile read that every badge page already makes, and loads the centre's page of an endorsed class.
/// </summary>
internal static class EndorsementBenchmark
{
    private const string CentreName = "centre";

    private const string Slug = "numerique-batisseur";

    public static async Task RunAsync(int endorsements, int calls, int concurrency, TimeSpan duration)
    {
        var appData = Path.Combine(Path.GetTempPath(), "aa-bench", Guid.NewGuid().ToString("N"));
        try
        {
            await using var platform = await BenchmarkHost.StartListeningAsync(appData);
            var host = platform.Services.GetRequiredService<TenantHost>();
            await NetworkSetup.SetUpAsync(host, CentreName, "APP de mesure");
            await EndorseAsync(host, endorsements);

            var readMicroseconds = await TimeAsync(host, calls, async services => (await services.GetRequiredService<ReceivedEndorsementReader>().ListAsync(default)).All.Count);
            var profileMicroseconds = await TimeAsync(host, calls, async services => (await services.GetRequiredService<IIssuerProfileProvider>().GetAsync()).Name.Length);

            var platformUrl = LoopbackLoad.ListeningUrl(platform);
            var centrePage = $"{platformUrl}/{CentreName}/badges/{Slug}";
            var body = System.Text.Encoding.UTF8.GetString(await LoopbackLoad.FetchBodyAsync(centrePage, "text/html"));
            if (!body.Contains("Reconnu par", StringComparison.Ordinal))
            {
                throw new InvalidOperationException($"The centre page {centrePage} shows no endorsement; the benchmark would measure the wrong page.");
            }

            var load = await LoopbackLoad.LoadAsync(centrePage, "text/html", concurrency, duration);

            Console.WriteLine($"Machine: {Environment.ProcessorCount} logical cores, .NET {Environment.Version}, {Environment.OSVersion}");
            Console.WriteLine($"Endorsements: {endorsements} in force about one centre on SQLite; {calls} reads, each in a new centre scope. Load: {concurrency} concurrent requests for {duration.TotalSeconds:F0} s.");
            Console.WriteLine();
            Console.WriteLine("| measure | result |");
            Console.WriteLine("|---|---:|");
            Console.WriteLine($"| read of the endorsements in force, mean per request scope, µs | {readMicroseconds:F0} |");
            Console.WriteLine($"| issuer profile read (already on every badge page), mean per request scope, µs | {profileMicroseconds:F0} |");
            Console.WriteLine($"| centre badge page with an endorsement, requests per second | {load.PerSecond:F0} |");
            Console.WriteLine($"| centre badge page, p50 / p99 latency, ms | {load.P50:F2} / {load.P99:F2} |");
            Console.WriteLine($"| failed requests | {load.Failures} |");
        }
        finally
        {
            BenchmarkHost.DeleteAppData(appData);
        }
    }

    /// <summary>Returns the mean time in microseconds of <paramref name="read"/>, each call in a new centre scope, after 50 warm-up calls.</summary>
    private static async Task<double> TimeAsync(TenantHost host, int calls, Func<IServiceProvider, Task<int>> read)
    {
        for (var warmUp = 0; warmUp < 50; warmUp++)
        {
            await using var scope = await host.CreateScopeAsync(CentreName);
            await read(scope.ServiceProvider);
        }

        var watch = Stopwatch.StartNew();
        for (var call = 0; call < calls; call++)
        {
            await using var scope = await host.CreateScopeAsync(CentreName);
            await read(scope.ServiceProvider);
        }

        return watch.Elapsed.TotalMicroseconds / calls;
    }

    /// <summary>Endorses the page's class first, then the next classes of the centre, until <paramref name="count"/> endorsements are in force.</summary>
    private static async Task EndorseAsync(TenantHost host, int count)
    {
        await using var scope = await host.CreateScopeAsync(TenantSettings.DefaultTenantName);
        var services = scope.ServiceProvider;
        var centre = await services.GetRequiredService<EndorsableCentres>().FindAsync(CentreName, default)
            ?? throw new InvalidOperationException($"The centre '{CentreName}' was not found or has no Badges feature after its recipe.");
        var classes = centre.Targets.Where(t => t.Kind == EndorsementSubjectKind.Achievement).ToList();
        var ordered = classes.Where(t => t.Name.StartsWith("Numérique – Bâtisseur", StringComparison.Ordinal)).Concat(classes).Distinct().Take(count);

        var issuer = services.GetRequiredService<EndorsementIssuer>();
        foreach (var target in ordered)
        {
            await issuer.EndorseAsync(CentreName, target, "Badge reconnu pour la mesure.", "benchmark", default);
        }
    }
}
