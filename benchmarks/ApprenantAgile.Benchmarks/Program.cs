// Benchmarks are added with the features they measure; see docs/benchmarks.md.
Console.WriteLine("No benchmark selected.");
