using ApprenantAgile.Platform.Data;
using ApprenantAgile.Platform.Tenants;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;

namespace ApprenantAgile.Benchmarks;

/// <summary>
/// Counts the PostgreSQL server connections that one host opens for N centres, each a schema of the
/// same database. It activates the centres, then runs a small load of tenant scopes that each read
/// the centre's documents, spread over every centre, and samples pg_stat_activity during the load.
/// The host's connections carry an application name of their own, so other clients are not counted.
/// </summary>
internal static class PostgresConnectionsBenchmark
{
    public const string ConnectionVariable = "AA_BENCH_POSTGRES";

    private static readonly TimeSpan SampleInterval = TimeSpan.FromMilliseconds(100);

    public static async Task RunAsync(int centres, int concurrency, TimeSpan duration)
    {
        var baseConnectionString = Environment.GetEnvironmentVariable(ConnectionVariable)
            ?? throw new InvalidOperationException(
                $"{ConnectionVariable} is not set. Give the connection string of a PostgreSQL database on 127.0.0.1, e.g. Host=127.0.0.1;Port=5432;Username=postgres;Database=postgres.");
        var applicationName = "aa-bench-" + Guid.NewGuid().ToString("N")[..8];
        var connectionString = new NpgsqlConnectionStringBuilder(baseConnectionString) { ApplicationName = applicationName }.ToString();
        var appData = Path.Combine(Path.GetTempPath(), "aa-bench", Guid.NewGuid().ToString("N"));
        var names = Enumerable.Range(0, centres).Select(i => $"{applicationName}-{i:D3}").ToList();

        try
        {
            await using var app = await BenchmarkHost.StartAsync(appData);
            var host = app.Services.GetRequiredService<TenantHost>();
            foreach (var name in names)
            {
                await host.SaveSettingsAsync(new TenantSettings
                {
                    Name = name,
                    State = TenantState.Running,
                    RequestUrlPrefix = name,
                    DatabaseProvider = DatabaseProvider.Postgres,
                    ConnectionString = connectionString,
                });
                await host.GetOrActivateAsync(host.FindSettings(name)!);
            }

            var afterActivation = await CountConnectionsAsync(baseConnectionString, applicationName);

            using var stop = new CancellationTokenSource(duration);
            var sampler = SamplePeakAsync(baseConnectionString, applicationName, stop.Token);
            var queries = await RunLoadAsync(host, names, concurrency, stop.Token);
            var peak = await sampler;
            var afterLoad = await CountConnectionsAsync(baseConnectionString, applicationName);

            Console.WriteLine($"Machine: {Environment.ProcessorCount} logical cores, .NET {Environment.Version}, {Environment.OSVersion}");
            Console.WriteLine($"{centres} centres on one database, {concurrency} concurrent tenant scopes for {duration.TotalSeconds:F0} s, {queries} scopes run.");
            Console.WriteLine();
            Console.WriteLine("| measure | server connections |");
            Console.WriteLine("|---|---:|");
            Console.WriteLine($"| after activating the centres | {afterActivation} |");
            Console.WriteLine($"| peak during the load | {peak} |");
            Console.WriteLine($"| after the load | {afterLoad} |");
        }
        finally
        {
            await DropSchemasAsync(baseConnectionString, names);
            BenchmarkHost.DeleteAppData(appData);
        }
    }

    /// <summary>Opens a tenant scope per iteration, round robin over the centres, and reads the centre's documents.</summary>
    private static async Task<int> RunLoadAsync(TenantHost host, IReadOnlyList<string> names, int concurrency, CancellationToken stop)
    {
        var next = -1;
        var workers = Enumerable.Range(0, concurrency).Select(async _ =>
        {
            var count = 0;
            while (!stop.IsCancellationRequested)
            {
                var name = names[(int)((uint)Interlocked.Increment(ref next) % names.Count)];
                await using var scope = await host.CreateScopeAsync(name);
                var db = scope.ServiceProvider.GetRequiredService<TenantDbContext>();
                await db.Documents.AsNoTracking().CountAsync(CancellationToken.None);
                await db.DataMigrationRecords.AsNoTracking().CountAsync(CancellationToken.None);
                count++;
            }

            return count;
        });

        return (await Task.WhenAll(workers)).Sum();
    }

    private static async Task<int> SamplePeakAsync(string connectionString, string applicationName, CancellationToken stop)
    {
        var peak = 0;
        while (!stop.IsCancellationRequested)
        {
            peak = Math.Max(peak, await CountConnectionsAsync(connectionString, applicationName));
            await Task.Delay(SampleInterval, CancellationToken.None);
        }

        return peak;
    }

    /// <summary>Counts the server's sessions whose application name is the host's, on an unpooled connection of the sampler.</summary>
    private static async Task<int> CountConnectionsAsync(string connectionString, string applicationName)
    {
        var monitor = new NpgsqlConnectionStringBuilder(connectionString) { Pooling = false, ApplicationName = "aa-bench-monitor" }.ToString();
        await using var connection = new NpgsqlConnection(monitor);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand("SELECT COUNT(*) FROM pg_stat_activity WHERE application_name = @name", connection);
        command.Parameters.AddWithValue("name", applicationName);
        return (int)(long)(await command.ExecuteScalarAsync())!;
    }

    private static async Task DropSchemasAsync(string connectionString, IEnumerable<string> names)
    {
        var unpooled = new NpgsqlConnectionStringBuilder(connectionString) { Pooling = false }.ToString();
        await using var connection = new NpgsqlConnection(unpooled);
        await connection.OpenAsync();
        foreach (var name in names)
        {
            var schema = TenantDatabase.SchemaName(new TenantSettings { Name = name });
            await using var command = new NpgsqlCommand($"DROP SCHEMA IF EXISTS \"{schema.Replace("\"", "\"\"")}\" CASCADE", connection);
            await command.ExecuteNonQueryAsync();
        }
    }
}
