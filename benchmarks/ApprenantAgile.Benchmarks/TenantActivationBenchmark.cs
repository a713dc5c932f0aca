using System.Diagnostics;
using ApprenantAgile.Platform.Tenants;
using Microsoft.Extensions.DependencyInjection;

namespace ApprenantAgile.Benchmarks;

/// <summary>
/// Measures tenant activation on SQLite. First it activates N new tenants, which creates each
/// database and runs every enabled feature's migrations. Then a fresh host on the same files
/// activates the same tenants cold, and the benchmark records the memory each extra tenant keeps.
/// </summary>
internal static class TenantActivationBenchmark
{
    public static async Task RunAsync(IReadOnlyList<int> counts)
    {
        Console.WriteLine($"Machine: {Environment.ProcessorCount} logical cores, .NET {Environment.Version}, {Environment.OSVersion}");
        Console.WriteLine("| tenants | first activation, mean ms | cold activation, mean ms | cold activation, p95 ms | managed memory per active tenant, KiB | working set per active tenant, KiB |");
        Console.WriteLine("|---:|---:|---:|---:|---:|---:|");

        foreach (var count in counts)
        {
            var appData = Path.Combine(Path.GetTempPath(), "aa-bench", Guid.NewGuid().ToString("N"));
            try
            {
                var first = await ActivateNewTenantsAsync(appData, count);
                var cold = await ActivateExistingTenantsAsync(appData, count);
                Console.WriteLine($"| {count} | {first.Average():F1} | {cold.Durations.Average():F1} | {Percentile(cold.Durations, 0.95):F1} | {cold.ManagedBytesPerTenant / 1024:F0} | {cold.WorkingSetBytesPerTenant / 1024:F0} |");
            }
            finally
            {
                TryDelete(appData);
            }
        }
    }

    private static async Task<List<double>> ActivateNewTenantsAsync(string appData, int count)
    {
        await using var app = await BenchmarkHost.StartAsync(appData);
        var host = app.Services.GetRequiredService<TenantHost>();

        for (var i = 0; i < count; i++)
        {
            await host.SaveSettingsAsync(new TenantSettings { Name = TenantName(i), State = TenantState.Running, RequestUrlPrefix = TenantName(i) });
        }

        var durations = new List<double>(count);
        for (var i = 0; i < count; i++)
        {
            var started = Stopwatch.GetTimestamp();
            await host.GetOrActivateAsync(host.FindSettings(TenantName(i))!);
            durations.Add(Stopwatch.GetElapsedTime(started).TotalMilliseconds);
        }

        return durations;
    }

    private static async Task<(List<double> Durations, double ManagedBytesPerTenant, double WorkingSetBytesPerTenant)> ActivateExistingTenantsAsync(string appData, int count)
    {
        await using var app = await BenchmarkHost.StartAsync(appData);
        var host = app.Services.GetRequiredService<TenantHost>();

        // Warm the code paths (JIT, EF model) on one tenant so the per-tenant numbers measure tenants, not the runtime.
        await host.GetOrActivateAsync(host.FindSettings(TenantName(0))!);
        var managedBefore = ManagedMemory();
        var workingSetBefore = Process.GetCurrentProcess().WorkingSet64;

        var durations = new List<double>(count - 1);
        for (var i = 1; i < count; i++)
        {
            var started = Stopwatch.GetTimestamp();
            await host.GetOrActivateAsync(host.FindSettings(TenantName(i))!);
            durations.Add(Stopwatch.GetElapsedTime(started).TotalMilliseconds);
        }

        var managedAfter = ManagedMemory();
        var process = Process.GetCurrentProcess();
        process.Refresh();
        return (durations, (managedAfter - managedBefore) / (double)(count - 1), (process.WorkingSet64 - workingSetBefore) / (double)(count - 1));
    }

    private static long ManagedMemory()
    {
        GC.Collect();
        GC.WaitForPendingFinalizers();
        GC.Collect();
        return GC.GetTotalMemory(forceFullCollection: true);
    }

    private static double Percentile(List<double> values, double percentile)
    {
        var sorted = values.Order().ToList();
        return sorted[(int)Math.Min(sorted.Count - 1, Math.Ceiling(percentile * sorted.Count) - 1)];
    }

    private static string TenantName(int index) => $"centre-{index:D4}";

    private static void TryDelete(string folder)
    {
        try
        {
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            Directory.Delete(folder, recursive: true);
        }
        catch (IOException)
        {
            Console.Error.WriteLine($"Could not delete {folder}; remove it by hand.");
        }
    }
}
