using System.Diagnostics;
using System.Text.RegularExpressions;
using Npgsql;

namespace ApprenantAgile.Tests.ScaleOut;

/// <summary>
/// A PostgreSQL server of the two-node cluster alone, started on 127.0.0.1 with the same shell
/// functions as ./test.sh (scripts/postgres.sh), so that a test may stop and start it without
/// touching the server that AA_TEST_POSTGRES names for the other tests.
/// </summary>
public sealed partial class ClusterPostgres
{
    private static readonly TimeSpan CommandTimeout = TimeSpan.FromSeconds(60);

    private readonly string _folder;

    private ClusterPostgres(string folder, int port)
    {
        _folder = folder;
        Port = port;
    }

    public int Port { get; }

    /// <summary>The connection string of the server's "postgres" database, as the superuser.</summary>
    public string AdminConnectionString => new NpgsqlConnectionStringBuilder
    {
        Host = "127.0.0.1",
        Port = Port,
        Username = "postgres",
        Database = "postgres",
        IncludeErrorDetail = true,
    }.ToString();

    /// <summary>Runs postgres_start in <paramref name="folder"/> and returns the server once it accepts connections.</summary>
    public static async Task<ClusterPostgres> StartAsync(string folder)
    {
        var output = await RunScriptAsync("postgres_start", folder);
        var match = StartedLine().Match(output);
        if (!match.Success)
        {
            throw new InvalidOperationException($"postgres_start printed no 'PostgreSQL started on 127.0.0.1:PORT' line:\n{output}");
        }

        return new ClusterPostgres(folder, int.Parse(match.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture));
    }

    /// <summary>Stops the server with pg_ctl's fast mode: open connections are closed and transactions in progress roll back.</summary>
    public Task StopAsync() => RunScriptAsync("postgres_stop", _folder);

    /// <summary>Starts the stopped server again on the same port and data folder.</summary>
    public Task RestartAsync() => RunScriptAsync("postgres_resume", _folder);

    private static async Task<string> RunScriptAsync(string function, string folder)
    {
        var start = new ProcessStartInfo("bash")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        start.ArgumentList.Add("-c");
        start.ArgumentList.Add($"set -euo pipefail; source \"$0\"; {function} \"$1\"");
        start.ArgumentList.Add(RepositoryFiles.Find("scripts", "postgres.sh"));
        start.ArgumentList.Add(folder);

        using var process = Process.Start(start)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(CommandTimeout);
        try
        {
            await process.WaitForExitAsync(timeout.Token);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException($"{function} {folder} did not finish within {CommandTimeout}.");
        }

        var output = await stdout + await stderr;
        if (process.ExitCode != 0)
        {
            throw new InvalidOperationException($"{function} {folder} failed with exit code {process.ExitCode}:\n{output}");
        }

        return output;
    }

    [GeneratedRegex(@"PostgreSQL started on 127\.0\.0\.1:(\d+)")]
    private static partial Regex StartedLine();
}
