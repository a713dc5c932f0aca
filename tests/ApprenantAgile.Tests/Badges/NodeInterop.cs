using System.Diagnostics;

namespace ApprenantAgile.Tests.Badges;

/// <summary>
/// Runs the node scripts of tests/interop, whose npm packages (jsonld, openbadges-bakery) read our
/// output independently of the C# code. Requires node on PATH and <c>npm ci --prefix tests/interop</c>.
/// </summary>
internal static class NodeInterop
{
    private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(60);

    public static string InteropDirectory { get; } = FindInteropDirectory();

    public static string FixturePath(params string[] parts) =>
        Path.Combine([AppContext.BaseDirectory, "Fixtures", "OpenBadges", .. parts]);

    /// <summary>Runs <c>node script args…</c> in tests/interop and returns its exit code, stdout and stderr.</summary>
    public static async Task<(int ExitCode, string Output, string Error)> RunAsync(string script, params string[] arguments)
    {
        if (!Directory.Exists(Path.Combine(InteropDirectory, "node_modules")))
        {
            Assert.Fail($"{InteropDirectory}/node_modules is missing. Run `npm ci --prefix tests/interop` from the repository root, then run the tests again.");
        }

        var start = new ProcessStartInfo("node")
        {
            WorkingDirectory = InteropDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        start.ArgumentList.Add(script);
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        using var process = Process.Start(start) ?? throw new InvalidOperationException("Starting node failed. Install Node.js 20 or later and put node on PATH.");
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(Timeout);
        try
        {
            await process.WaitForExitAsync(timeout.Token);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            Assert.Fail($"node {script} did not finish within {Timeout.TotalSeconds} s.");
        }

        return (process.ExitCode, await output, await error);
    }

    private static string FindInteropDirectory()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            var candidate = Path.Combine(directory.FullName, "tests", "interop");
            if (File.Exists(Path.Combine(candidate, "package.json")))
            {
                return candidate;
            }
        }

        throw new DirectoryNotFoundException($"No tests/interop/package.json above {AppContext.BaseDirectory}. Run the tests from a clone of the repository.");
    }
}
