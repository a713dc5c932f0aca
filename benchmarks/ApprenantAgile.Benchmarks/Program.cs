using ApprenantAgile.Benchmarks;

// Benchmarks of the platform, run by hand (see docs/benchmarks.md for the commands and results).
// Usage: dotnet run -c Release --project benchmarks/ApprenantAgile.Benchmarks -- tenant-activation [counts...]
var command = args.FirstOrDefault() ?? "";
switch (command)
{
    case "tenant-activation":
        var counts = args.Skip(1).Select(int.Parse).DefaultIfEmpty(100).ToArray();
        await TenantActivationBenchmark.RunAsync(counts);
        return 0;

    default:
        Console.Error.WriteLine("Usage: ApprenantAgile.Benchmarks tenant-activation [tenant counts, e.g. 100 500]");
        return 1;
}
