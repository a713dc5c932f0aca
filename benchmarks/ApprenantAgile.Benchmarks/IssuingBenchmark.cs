using System.Diagnostics;
using System.Text.Json.Nodes;
using ApprenantAgile.Badges.Abstractions;
using ApprenantAgile.Badges.Assertions;
using ApprenantAgile.Badges.Catalogue;
using ApprenantAgile.Badges.Endpoints;
using ApprenantAgile.Badges.Signing;
using ApprenantAgile.Platform.Documents;
using ApprenantAgile.Platform.Features;
using ApprenantAgile.Platform.Settings;
using ApprenantAgile.Platform.Tenants;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;

namespace ApprenantAgile.Benchmarks;

/// <summary>
/// Measures badge issuing on SQLite: assertions issued per second (hash, RS256 sign, store, e-mail to
/// the pickup folder), then the same plus baking the PNG. Then it measures requests per second of the
/// hosted assertion endpoint and of a bare Kestrel endpoint that returns the same JSON bytes, in
/// alternating rounds, and their ratio; then the hosted endpoint again with If-None-Match (304). Both
/// listen on 127.0.0.1 and are loaded by one HttpClient in this process, with bounded concurrency for a fixed duration.
/// </summary>
internal static class IssuingBenchmark
{
    private const string TenantName = "bench";

    private const string JsonLd = "application/ld+json";

    public static async Task RunAsync(int assertions, int concurrency, TimeSpan duration, int rounds)
    {
        var appData = Path.Combine(Path.GetTempPath(), "aa-bench", Guid.NewGuid().ToString("N"));
        try
        {
            await using var platform = await BenchmarkHost.StartListeningAsync(appData);
            var host = platform.Services.GetRequiredService<TenantHost>();
            await PrepareTenantAsync(host);

            var keyLoad = await MeasureSigningKeyLoadAsync(host, assertions);
            var issueOnly = await IssueAsync(host, assertions, bake: false);
            var issueAndBake = await IssueAsync(host, assertions, bake: true);
            var assertionPath = $"/{TenantName}/ob2/assertions/{issueOnly.LastAssertionId}";

            var platformUrl = LoopbackLoad.ListeningUrl(platform);
            var body = await LoopbackLoad.FetchBodyAsync(platformUrl + assertionPath, JsonLd);
            await using var bare = await LoopbackLoad.StartBareKestrelAsync("/assertion", body, JsonLd, "public, max-age=300");
            var bareUrl = LoopbackLoad.ListeningUrl(bare);

            var comparison = await LoopbackLoad.CompareAsync(platformUrl + assertionPath, bareUrl + "/assertion", JsonLd, concurrency, duration, rounds);
            var notModified = await LoopbackLoad.LoadAsync(platformUrl + assertionPath, JsonLd, concurrency, duration, comparison.EntityTag);

            Console.WriteLine($"Machine: {Environment.ProcessorCount} logical cores, .NET {Environment.Version}, {Environment.OSVersion}");
            Console.WriteLine($"Issuing: {assertions} assertions per run, sequential, one tenant on SQLite. Load: {concurrency} concurrent requests for {duration.TotalSeconds:F0} s per endpoint and round, {rounds} rounds alternating hosted and bare, Accept: application/ld+json, body {body.Length} bytes.");
            Console.WriteLine($"Per-round requests per second, hosted / bare: {LoopbackLoad.FormatRounds(comparison)}");
            Console.WriteLine();
            Console.WriteLine("| measure | result |");
            Console.WriteLine("|---|---:|");
            Console.WriteLine($"| loading the active RSA signing key, ms: decrypt and import / from the key cache | {keyLoad.UncachedMs:F2} / {keyLoad.CachedMs:F3} |");
            Console.WriteLine($"| assertions issued per second (hash, sign, store, e-mail file) | {issueOnly.PerSecond:F1} |");
            Console.WriteLine($"| assertions issued per second, plus baking the PNG | {issueAndBake.PerSecond:F1} |");
            Console.WriteLine($"| hosted assertion endpoint, requests per second (median of rounds) | {comparison.Hosted.PerSecond:F0} |");
            Console.WriteLine($"| hosted assertion endpoint, p50 / p99 latency, ms | {comparison.Hosted.P50:F2} / {comparison.Hosted.P99:F2} |");
            Console.WriteLine($"| bare Kestrel JSON endpoint (same bytes), requests per second (median of rounds) | {comparison.Bare.PerSecond:F0} |");
            Console.WriteLine($"| bare Kestrel JSON endpoint, p50 / p99 latency, ms | {comparison.Bare.P50:F2} / {comparison.Bare.P99:F2} |");
            Console.WriteLine($"| **ratio hosted / bare** (median of per-round ratios) | **{comparison.Ratio:F2}** |");
            Console.WriteLine($"| hosted assertion with If-None-Match (304), requests per second | {notModified.PerSecond:F0} |");
            Console.WriteLine($"| failed requests (hosted / bare / 304) | {comparison.Rounds.Sum(r => r.Hosted.Failures)} / {comparison.Rounds.Sum(r => r.Bare.Failures)} / {notModified.Failures} |");
        }
        finally
        {
            BenchmarkHost.DeleteAppData(appData);
        }
    }

    private static async Task PrepareTenantAsync(TenantHost host)
    {
        await host.SaveSettingsAsync(new TenantSettings { Name = TenantName, State = TenantState.Running, RequestUrlPrefix = TenantName });
        await using (var scope = await host.CreateScopeAsync(TenantName))
        {
            var result = await scope.ServiceProvider.GetRequiredService<TenantFeatureManager>().EnableAsync(["ApprenantAgile.Badges"]);
            if (!result.Succeeded)
            {
                throw new InvalidOperationException("Enabling the Badges feature on the benchmark tenant failed: " + string.Join("; ", result.Errors));
            }
        }

        await using var setup = await host.CreateScopeAsync(TenantName);
        var services = setup.ServiceProvider;
        var documents = services.GetRequiredService<IDocumentStore>();
        var site = await documents.GetAsync<SiteSettings>();
        site.SiteName = "APP de mesure";
        site.ContactEmail = "contact@app-mesure.test";
        await documents.SaveAsync(site);

        var recipe = JsonNode.Parse(await File.ReadAllTextAsync(BenchmarkHost.FindRecipe("catalogue-national")))!;
        var step = recipe["steps"]!.AsArray().Select(s => s!.AsObject()).Single(s => s["name"]!.GetValue<string>() == BadgeCatalogueStep.Name);
        var errors = new List<CatalogueError>();
        var catalogue = services.GetRequiredService<CatalogueRecipeReader>().Read(step, errors)
            ?? throw new InvalidOperationException("Reading the national catalogue recipe failed: " + string.Join("; ", errors.Select(e => e.Message)));
        await services.GetRequiredService<CatalogueImporter>().ImportAsync(catalogue, CancellationToken.None);
    }

    private static async Task<(double PerSecond, string LastAssertionId)> IssueAsync(TenantHost host, int count, bool bake)
    {
        await using var scope = await host.CreateScopeAsync(TenantName);
        var services = scope.ServiceProvider;
        var badgeClass = (await services.GetRequiredService<IBadgeClassProvider>().ListAsync())[0];
        var issuer = services.GetRequiredService<IBadgeIssuer>();
        var store = services.GetRequiredService<AssertionStore>();
        var baker = services.GetRequiredService<BakedImageService>();

        // One warm-up issue creates the signing and lookup keys, which later issues only read.
        var last = await issuer.IssueAsync(Request(badgeClass.Id));
        var started = Stopwatch.GetTimestamp();
        for (var i = 0; i < count; i++)
        {
            last = await issuer.IssueAsync(Request(badgeClass.Id));
            if (bake)
            {
                var assertion = await store.FindAsync(last.AssertionId, CancellationToken.None);
                _ = await baker.BakeAsync(assertion!, BakedImageKind.HostedPng, CancellationToken.None)
                    ?? throw new InvalidOperationException($"Badge class {badgeClass.Id} has no PNG image to bake.");
            }
        }

        return (count / Stopwatch.GetElapsedTime(started).TotalSeconds, last.AssertionId);
    }

    /// <summary>
    /// Returns the mean time to get the active RSA signing key from a key ring without the signing key cache
    /// (read the ring, decrypt with Data Protection, import the PKCS#8 key) and from the registered one.
    /// </summary>
    private static async Task<(double UncachedMs, double CachedMs)> MeasureSigningKeyLoadAsync(TenantHost host, int count)
    {
        await using var scope = await host.CreateScopeAsync(TenantName);
        var services = scope.ServiceProvider;
        var cached = services.GetRequiredService<IssuerKeyRing>();
        var uncached = new IssuerKeyRing(
            services.GetRequiredService<IDocumentStore>(),
            services.GetRequiredService<IDataProtectionProvider>(),
            services.GetRequiredService<ITenantAccessor>(),
            NullLogger<IssuerKeyRing>.Instance);

        // The first call creates the key and fills the cache.
        (await cached.GetActiveSigningKeyAsync(IssuerKeyType.Rsa)).Dispose();
        return (await MeanMillisecondsAsync(uncached, count), await MeanMillisecondsAsync(cached, count));
    }

    private static async Task<double> MeanMillisecondsAsync(IssuerKeyRing ring, int count)
    {
        var started = Stopwatch.GetTimestamp();
        for (var i = 0; i < count; i++)
        {
            using var key = await ring.GetActiveSigningKeyAsync(IssuerKeyType.Rsa);
        }

        return Stopwatch.GetElapsedTime(started).TotalMilliseconds / count;
    }

    private static IssueRequest Request(string badgeClassId) => new()
    {
        BadgeClassId = badgeClassId,
        RecipientEmail = $"apprenant-{Guid.NewGuid():N}@exemple.fr",
        RecipientName = "Apprenant de mesure",
        SourceKey = "bench:" + Guid.NewGuid().ToString("N"),
    };
}
