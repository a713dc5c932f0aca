using ApprenantAgile.Benchmarks;
using ApprenantAgile.Benchmarks.LoadNetwork;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Jobs;
using BenchmarkDotNet.Running;
using BenchmarkDotNet.Toolchains.InProcess.Emit;

// Benchmarks of the platform, run by hand (see docs/benchmarks.md for the commands and results).
// Usage: dotnet run -c Release --project benchmarks/ApprenantAgile.Benchmarks -- tenant-activation [counts...]
//        dotnet run -c Release --project benchmarks/ApprenantAgile.Benchmarks -- issuing [assertions] [concurrency] [seconds] [rounds]
//        dotnet run -c Release --project benchmarks/ApprenantAgile.Benchmarks -- review [applications] [concurrency]
//        dotnet run -c Release --project benchmarks/ApprenantAgile.Benchmarks -- ob3-proofs
//        dotnet run -c Release --project benchmarks/ApprenantAgile.Benchmarks -- portfolio [badges] [concurrency] [seconds] [rounds]
//        benchmarks/load-network.sh [--users 200] [--centres 20] [--seconds 600] [--targets cluster,sqlite]
//        dotnet run -c Release --project benchmarks/ApprenantAgile.Benchmarks -- endorsements [endorsements] [reads] [concurrency] [seconds]
//        AA_BENCH_POSTGRES=... dotnet run -c Release --project benchmarks/ApprenantAgile.Benchmarks -- postgres-connections [centres] [concurrency] [seconds]
var command = args.FirstOrDefault() ?? "";
switch (command)
{
    case "tenant-activation":
        var counts = args.Skip(1).Select(int.Parse).DefaultIfEmpty(100).ToArray();
        await TenantActivationBenchmark.RunAsync(counts);
        return 0;

    case "issuing":
        var assertions = args.Length > 1 ? int.Parse(args[1]) : 200;
        var concurrency = args.Length > 2 ? int.Parse(args[2]) : 16;
        var seconds = args.Length > 3 ? int.Parse(args[3]) : 10;
        var rounds = args.Length > 4 ? int.Parse(args[4]) : 3;
        await IssuingBenchmark.RunAsync(assertions, concurrency, TimeSpan.FromSeconds(seconds), Math.Max(1, rounds));
        return 0;

    case "review":
        var applications = args.Length > 1 ? int.Parse(args[1]) : 1000;
        var workers = args.Length > 2 ? int.Parse(args[2]) : 4;
        await ReviewBenchmark.RunAsync(applications, workers);
        return 0;

    case "portfolio":
        var pageBadges = args.Length > 1 ? int.Parse(args[1]) : 12;
        var pageConcurrency = args.Length > 2 ? int.Parse(args[2]) : 16;
        var pageSeconds = args.Length > 3 ? int.Parse(args[3]) : 10;
        var pageRounds = args.Length > 4 ? int.Parse(args[4]) : 3;
        await PortfolioBenchmark.RunAsync(pageBadges, pageConcurrency, TimeSpan.FromSeconds(pageSeconds), Math.Max(1, pageRounds));
        return 0;

    case "load-network":
        return await LoadNetworkBenchmark.RunAsync(LoadNetworkOptions.Parse(args[1..]));

    case "endorsements":
        var endorsementCount = args.Length > 1 ? int.Parse(args[1]) : 5;
        var reads = args.Length > 2 ? int.Parse(args[2]) : 2000;
        var endorsementConcurrency = args.Length > 3 ? int.Parse(args[3]) : 16;
        var endorsementSeconds = args.Length > 4 ? int.Parse(args[4]) : 10;
        await EndorsementBenchmark.RunAsync(endorsementCount, reads, endorsementConcurrency, TimeSpan.FromSeconds(endorsementSeconds));
        return 0;

    case "postgres-connections":
        var centres = args.Length > 1 ? int.Parse(args[1]) : 20;
        var scopes = args.Length > 2 ? int.Parse(args[2]) : 8;
        var loadSeconds = args.Length > 3 ? int.Parse(args[3]) : 10;
        await PostgresConnectionsBenchmark.RunAsync(centres, scopes, TimeSpan.FromSeconds(loadSeconds));
        return 0;

    case "ob3-proofs":
        // In-process, so that BenchmarkDotNet does not build a second copy of the solution.
        var config = ManualConfig.Create(DefaultConfig.Instance)
            .AddJob(Job.ShortRun.WithToolchain(InProcessEmitToolchain.Instance));
        BenchmarkRunner.Run<Ob3ProofBenchmark>(config);
        return 0;

    default:
        Console.Error.WriteLine("Usage: ApprenantAgile.Benchmarks tenant-activation [tenant counts, e.g. 100 500]");
        Console.Error.WriteLine("       ApprenantAgile.Benchmarks issuing [assertions per run, default 200] [concurrent requests, default 16] [seconds per endpoint and round, default 10] [rounds, default 3]");
        Console.Error.WriteLine("       ApprenantAgile.Benchmarks review [applications, default 1000] [concurrent workers, default 4]");
        Console.Error.WriteLine("       ApprenantAgile.Benchmarks portfolio [badges on the public page, default 12] [concurrent requests, default 16] [seconds per endpoint and round, default 10] [rounds, default 3]");
        Console.Error.WriteLine(LoadNetworkOptions.Usage);
        Console.Error.WriteLine("       ApprenantAgile.Benchmarks endorsements [endorsements in force, default 5] [timed reads, default 2000] [concurrent requests, default 16] [seconds of load on the badge page, default 10]");
        Console.Error.WriteLine("       ApprenantAgile.Benchmarks postgres-connections [centres on one database, default 20] [concurrent tenant scopes, default 8] [seconds of load, default 10] (AA_BENCH_POSTGRES: connection string)");
        Console.Error.WriteLine("       ApprenantAgile.Benchmarks ob3-proofs (eddsa-rdfc-2022 and VC-JWT sign and verify of one credential, BenchmarkDotNet)");
        return 1;
}
