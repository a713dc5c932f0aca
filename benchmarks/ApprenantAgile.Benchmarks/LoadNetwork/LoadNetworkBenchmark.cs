using System.Globalization;

namespace ApprenantAgile.Benchmarks.LoadNetwork;

/// <summary>
/// The load-network command: the pilot network (national tenant and up to 20 centres) under a number
/// of virtual users, first on two clustered nodes (PostgreSQL and Redis), then on one SQLite node, in
/// the same run. Prints per-step latency percentiles and throughput, the errors grouped by step and
/// cause, and whether the badges issued match the approvals.
/// </summary>
internal static class LoadNetworkBenchmark
{
    public static async Task<int> RunAsync(LoadNetworkOptions options)
    {
        Directory.CreateDirectory(options.Work);
        Console.WriteLine($"Machine: {Environment.ProcessorCount} logical cores, .NET {Environment.Version}, {Environment.OSVersion}. Work folder: {options.Work}");
        Console.WriteLine($"Load: {options.Users} virtual users over {options.Centres} centres, {options.Seconds} s per target (users start over the first {Math.Min(options.RampSeconds, options.Seconds / 4)} s), think time 100-400 ms between steps.");

        var failed = false;
        foreach (var targetName in options.Targets)
        {
            var work = Path.Combine(options.Work, targetName);
            Console.WriteLine();
            Console.WriteLine($"[{DateTime.UtcNow:HH:mm:ss}] Setting up the {targetName} target in {work}");
            await using var target = targetName switch
            {
                "cluster" => await LoadTarget.StartClusterAsync(work, options.Centres, options.Postgres!, options.Redis!),
                "sqlite" => await LoadTarget.StartSqliteAsync(work, options.Centres),
                _ => throw new ArgumentException($"The target '{targetName}' is unknown: use cluster or sqlite."),
            };

            Console.WriteLine($"[{DateTime.UtcNow:HH:mm:ss}] Load started on {string.Join(", ", target.Nodes.Select(n => n.BaseAddress))}");
            var run = new LoadRun(target, options);
            await run.RunAsync();
            Console.WriteLine($"[{DateTime.UtcNow:HH:mm:ss}] Load finished");
            Print(target, run);
            failed |= run.Recorder.ErrorCount > 0 || !run.IssuanceConsistent;
        }

        return failed ? 1 : 0;
    }

    private static void Print(LoadTarget target, LoadRun run)
    {
        var loads = run.LoadAverages.DefaultIfEmpty(0).ToList();
        Console.WriteLine();
        Console.WriteLine($"### {target.Name}: {run.Recorder.Elapsed.TotalSeconds:F0} s");
        Console.WriteLine();
        Console.WriteLine(F($"Machine load average (1 min) during the run: min {loads.Min():F1}, mean {loads.Average():F1}, max {loads.Max():F1}."));
        Console.WriteLine();
        Console.WriteLine("| step | requests | per second | p50 ms | p95 ms | p99 ms | errors |");
        Console.WriteLine("|---|---:|---:|---:|---:|---:|---:|");
        foreach (var step in run.Recorder.Summaries().Append(run.Recorder.Total("**all requests**")))
        {
            Console.WriteLine(F($"| {step.Step} | {step.Count} | {step.PerSecond:F1} | {step.P50:F0} | {step.P95:F0} | {step.P99:F0} | {step.Errors} |"));
        }

        Console.WriteLine();
        var issued = run.Issued;
        Console.WriteLine(F($"Applications sent: {run.SubmittedByUsers}; approved by the trainers: {run.ApprovedByUsers}; approved in the database: {issued.Approved}, with an assertion: {issued.ApprovedWithAssertion}, distinct assertions: {issued.DistinctAssertionIds}; new assertion rows: {issued.Assertions}. Consistent: {(run.IssuanceConsistent ? "yes" : "NO")}."));
        Console.WriteLine(F($"Badges issued per second: {issued.Assertions / run.Recorder.Elapsed.TotalSeconds:F2}. Node log lines at fail/crit level: {string.Join(", ", target.Nodes.Select(n => $"{n.Name} {n.ErrorLines}"))} (logs: {string.Join(", ", target.Nodes.Select(n => n.LogPath))})."));
        Console.WriteLine(F($"Errors: {run.Recorder.ErrorCount}"));
        foreach (var error in run.Recorder.Errors())
        {
            Console.WriteLine(F($"  {error.Count} × {error.Step}: {error.Cause}"));
            if (error.Sample is not null)
            {
                Console.WriteLine("      " + error.Sample.ReplaceLineEndings(" "));
            }
        }
    }

    private static string F(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
