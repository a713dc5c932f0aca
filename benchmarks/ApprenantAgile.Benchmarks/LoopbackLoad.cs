using System.Diagnostics;
using System.Net;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace ApprenantAgile.Benchmarks;

/// <summary>
/// Bounded load generator for endpoints on 127.0.0.1. It sends a fixed number of concurrent requests
/// from one HttpClient in this process for a fixed duration. It also compares a hosted endpoint with a
/// bare Kestrel endpoint that returns the same bytes, in alternating rounds.
/// </summary>
internal static class LoopbackLoad
{
    /// <summary>
    /// Loads the hosted and the bare endpoint in alternating rounds, so that both see the same share of
    /// whatever else runs on the machine, and returns the medians and the median of per-round ratios.
    /// </summary>
    public static async Task<Comparison> CompareAsync(string hostedUrl, string bareUrl, string accept, int concurrency, TimeSpan duration, int rounds)
    {
        var results = new List<(LoadResult Hosted, LoadResult Bare)>();
        string? entityTag = null;
        for (var round = 0; round < rounds; round++)
        {
            var hosted = await LoadAsync(hostedUrl, accept, concurrency, duration);
            var bare = await LoadAsync(bareUrl, accept, concurrency, duration);
            entityTag ??= hosted.EntityTag;
            results.Add((hosted, bare));
        }

        var hostedMedian = results.Select(r => r.Hosted).OrderBy(r => r.PerSecond).ElementAt(rounds / 2);
        var bareMedian = results.Select(r => r.Bare).OrderBy(r => r.PerSecond).ElementAt(rounds / 2);
        var ratio = results.Select(r => r.Hosted.PerSecond / r.Bare.PerSecond).Order().ElementAt(rounds / 2);
        return new Comparison(results, hostedMedian, bareMedian, ratio, entityTag);
    }

    /// <summary>Warms the endpoint up for 2 seconds, then measures it for <paramref name="duration"/>.</summary>
    public static async Task<LoadResult> LoadAsync(string url, string accept, int concurrency, TimeSpan duration, string? ifNoneMatch = null)
    {
        using var client = new HttpClient(new SocketsHttpHandler { MaxConnectionsPerServer = concurrency, UseProxy = false });
        client.DefaultRequestHeaders.Accept.ParseAdd(accept);
        if (ifNoneMatch is not null)
        {
            client.DefaultRequestHeaders.IfNoneMatch.ParseAdd(ifNoneMatch);
        }

        var expected = ifNoneMatch is null ? HttpStatusCode.OK : HttpStatusCode.NotModified;

        // Warm-up: JIT, connection pool, EF Core query cache, the document cache.
        await RunWorkersAsync(client, url, concurrency, TimeSpan.FromSeconds(2), expected);
        return await RunWorkersAsync(client, url, concurrency, duration, expected);
    }

    /// <summary>Starts a minimal Kestrel app on 127.0.0.1 that returns <paramref name="body"/> to GET <paramref name="path"/>.</summary>
    public static async Task<WebApplication> StartBareKestrelAsync(string path, byte[] body, string contentType, string cacheControl)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Logging.ClearProviders();
        var app = builder.Build();
        app.MapGet(path, (HttpContext http) =>
        {
            http.Response.Headers.CacheControl = cacheControl;
            return Results.Bytes(body, contentType);
        });
        await app.StartAsync();
        return app;
    }

    public static async Task<byte[]> FetchBodyAsync(string url, string accept)
    {
        using var client = new HttpClient();
        client.DefaultRequestHeaders.Accept.ParseAdd(accept);
        using var response = await client.GetAsync(url);
        response.EnsureSuccessStatusCode();
        return await response.Content.ReadAsByteArrayAsync();
    }

    public static string ListeningUrl(WebApplication app) =>
        app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First().TrimEnd('/');

    /// <summary>Formats the per-round results as "hosted / bare" pairs.</summary>
    public static string FormatRounds(Comparison comparison) =>
        string.Join(", ", comparison.Rounds.Select(r => $"{r.Hosted.PerSecond:F0} / {r.Bare.PerSecond:F0}"));

    private static async Task<LoadResult> RunWorkersAsync(HttpClient client, string url, int concurrency, TimeSpan duration, HttpStatusCode expected)
    {
        var deadline = Stopwatch.GetTimestamp() + (long)(duration.TotalSeconds * Stopwatch.Frequency);
        var started = Stopwatch.GetTimestamp();
        string? entityTag = null;
        var workers = Enumerable.Range(0, concurrency).Select(async _ =>
        {
            var latencies = new List<double>();
            var failures = 0;
            while (Stopwatch.GetTimestamp() < deadline)
            {
                var requestStarted = Stopwatch.GetTimestamp();
                using var response = await client.GetAsync(url);
                await response.Content.ReadAsByteArrayAsync();
                latencies.Add(Stopwatch.GetElapsedTime(requestStarted).TotalMilliseconds);
                entityTag ??= response.Headers.ETag?.Tag;
                if (response.StatusCode != expected)
                {
                    failures++;
                }
            }

            return (latencies, failures);
        }).ToList();

        var results = await Task.WhenAll(workers);
        var elapsed = Stopwatch.GetElapsedTime(started).TotalSeconds;
        var all = results.SelectMany(r => r.latencies).Order().ToList();
        return new LoadResult(all.Count / elapsed, Percentile(all, 0.50), Percentile(all, 0.99), results.Sum(r => r.failures), entityTag);
    }

    private static double Percentile(IReadOnlyList<double> sorted, double fraction) =>
        sorted.Count == 0 ? 0 : sorted[Math.Min(sorted.Count - 1, (int)Math.Ceiling(fraction * sorted.Count) - 1)];
}

/// <summary>Requests per second, latency percentiles in milliseconds, and failed requests of one load run.</summary>
internal sealed record LoadResult(double PerSecond, double P50, double P99, int Failures, string? EntityTag);

/// <summary>Per-round results of a hosted and a bare endpoint, their medians and the median ratio.</summary>
internal sealed record Comparison(IReadOnlyList<(LoadResult Hosted, LoadResult Bare)> Rounds, LoadResult Hosted, LoadResult Bare, double Ratio, string? EntityTag);
