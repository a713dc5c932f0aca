using System.Diagnostics;
using System.Text;
using Xunit;

namespace ApprenantAgile.Tests.JsonLd;

/// <summary>
/// Runs the node scripts of tests/interop-ob3 (Digital Bazaar's JSON-LD and Data Integrity libraries)
/// with a document on standard input. Fails the test with the fix when node or the packages are missing.
/// </summary>
internal static class NodeInterop
{
    private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(60);

    public sealed record NodeResult(int ExitCode, string Output, string Error);

    public static string ProjectDirectory { get; } = FindProjectDirectory();

    public static async Task<NodeResult> RunAsync(string script, string standardInput, params string[] arguments)
    {
        if (!Directory.Exists(Path.Combine(ProjectDirectory, "node_modules")))
        {
            Assert.Fail($"The interop packages are not installed in {ProjectDirectory}. Run: npm ci --prefix tests/interop-ob3");
        }

        var startInfo = new ProcessStartInfo("node")
        {
            WorkingDirectory = ProjectDirectory,
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            StandardOutputEncoding = Encoding.UTF8,
            StandardErrorEncoding = Encoding.UTF8,
            UseShellExecute = false,
        };
        startInfo.ArgumentList.Add(script);
        foreach (var argument in arguments)
        {
            startInfo.ArgumentList.Add(argument);
        }

        using var process = StartNode(startInfo);
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        await process.StandardInput.WriteAsync(standardInput);
        process.StandardInput.Close();

        using var timeout = new CancellationTokenSource(Timeout);
        try
        {
            await process.WaitForExitAsync(timeout.Token);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            Assert.Fail($"node {script} did not finish within {Timeout.TotalSeconds} seconds and was stopped.");
        }

        return new NodeResult(process.ExitCode, await output, await error);
    }

    private static Process StartNode(ProcessStartInfo startInfo)
    {
        try
        {
            return Process.Start(startInfo)!;
        }
        catch (System.ComponentModel.Win32Exception exception)
        {
            Assert.Fail($"node could not be started ({exception.Message}). Install Node.js 20 or later and put node on PATH.");
            throw;
        }
    }

    private static string FindProjectDirectory()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            var candidate = Path.Combine(directory.FullName, "tests", "interop-ob3");
            if (File.Exists(Path.Combine(candidate, "package.json")))
            {
                return candidate;
            }
        }

        throw new InvalidOperationException($"tests/interop-ob3/package.json was not found above {AppContext.BaseDirectory}.");
    }
}
