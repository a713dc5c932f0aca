using System.Collections.Concurrent;
using System.Diagnostics;
using System.Net;
using System.Text.RegularExpressions;

namespace ApprenantAgile.Tests.ScaleOut;

/// <summary>
/// One host process (the built ApprenantAgile.Web.dll) listening on 127.0.0.1 with the given
/// configuration as environment variables. Its console output is kept for the assertions' messages.
/// </summary>
public sealed partial class HostNode : IAsyncDisposable
{
    private static readonly TimeSpan StartTimeout = TimeSpan.FromSeconds(90);

    private readonly Process _process;
    private readonly ConcurrentQueue<string> _output = new();
    private bool _disposed;

    private HostNode(string name, int port, Process process)
    {
        Name = name;
        Port = port;
        _process = process;
        BaseAddress = new Uri($"http://127.0.0.1:{port}");
    }

    public string Name { get; }

    public int Port { get; }

    public Uri BaseAddress { get; }

    public string Output => string.Join('\n', _output);

    /// <summary>Starts the host with <c>--urls</c> on a free port and waits until /health responds.</summary>
    public static async Task<HostNode> StartAsync(string name, IReadOnlyDictionary<string, string> environment, string contentRoot)
    {
        var port = FreePort();
        var process = CreateProcess(["--urls", $"http://127.0.0.1:{port}"], environment, contentRoot);
        var node = new HostNode(name, port, process);
        process.OutputDataReceived += (_, e) => node.Append(e.Data);
        process.ErrorDataReceived += (_, e) => node.Append(e.Data);
        process.Start();
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();

        try
        {
            await node.WaitUntilAnsweringAsync();
        }
        catch
        {
            await node.DisposeAsync();
            throw;
        }

        return node;
    }

    /// <summary>Runs a command of the host ("tenants ...", "badges ...") with the same configuration and returns its exit code and output.</summary>
    public static async Task<(int ExitCode, string Output)> RunCommandAsync(
        IReadOnlyDictionary<string, string> environment, string contentRoot, params string[] args)
    {
        using var process = CreateProcess(args, environment, contentRoot);
        var output = new ConcurrentQueue<string>();
        process.OutputDataReceived += (_, e) => { if (e.Data is not null) output.Enqueue(e.Data); };
        process.ErrorDataReceived += (_, e) => { if (e.Data is not null) output.Enqueue(e.Data); };
        process.Start();
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();

        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(2));
        try
        {
            await process.WaitForExitAsync(timeout.Token);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException($"'{string.Join(' ', args)}' did not finish in 2 minutes. Output:\n{string.Join('\n', output)}");
        }

        return (process.ExitCode, string.Join('\n', output));
    }

    /// <summary>Waits for a line of the node's output that matches <paramref name="pattern"/> and returns the match.</summary>
    public async Task<Match> WaitForOutputAsync(Regex pattern, TimeSpan timeout)
    {
        var deadline = DateTime.UtcNow + timeout;
        while (DateTime.UtcNow < deadline && !_process.HasExited)
        {
            var match = _output.Select(line => pattern.Match(line)).FirstOrDefault(m => m.Success);
            if (match is not null)
            {
                return match;
            }

            await Task.Delay(200);
        }

        throw new TimeoutException($"Node {Name} wrote no line matching '{pattern}' within {timeout}. Output:\n{Output}");
    }

    public async ValueTask DisposeAsync()
    {
        if (_disposed)
        {
            return;
        }

        _disposed = true;
        if (!_process.HasExited)
        {
            _process.Kill(entireProcessTree: true);
            await _process.WaitForExitAsync();
        }

        _process.Dispose();
    }

    /// <summary>The built host next to this test assembly (the test project references the Web project).</summary>
    public static string HostAssemblyPath()
    {
        var path = Path.Combine(AppContext.BaseDirectory, "ApprenantAgile.Web.dll");
        if (!File.Exists(path) || !File.Exists(Path.ChangeExtension(path, ".runtimeconfig.json")))
        {
            throw new FileNotFoundException($"The built host '{path}' or its runtimeconfig.json is missing. Build the test project first.");
        }

        return path;
    }

    private static Process CreateProcess(IEnumerable<string> args, IReadOnlyDictionary<string, string> environment, string contentRoot)
    {
        var start = new ProcessStartInfo("dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            WorkingDirectory = AppContext.BaseDirectory,
        };
        start.ArgumentList.Add(HostAssemblyPath());
        foreach (var argument in args)
        {
            start.ArgumentList.Add(argument);
        }

        // The test runner's own settings (for example ASPNETCORE_ENVIRONMENT) must not leak into the host.
        foreach (var key in start.Environment.Keys.Where(k => k.StartsWith("ASPNETCORE_", StringComparison.Ordinal) || k.StartsWith("DOTNET_ENVIRONMENT", StringComparison.Ordinal)).ToList())
        {
            start.Environment.Remove(key);
        }

        foreach (var (key, value) in environment)
        {
            start.Environment[key] = value;
        }

        // An empty content root: no appsettings file of the build folder applies, only the variables above.
        start.Environment["ASPNETCORE_CONTENTROOT"] = contentRoot;

        return new Process { StartInfo = start };
    }

    private async Task WaitUntilAnsweringAsync()
    {
        using var client = new HttpClient { BaseAddress = BaseAddress, Timeout = TimeSpan.FromSeconds(5) };
        var deadline = DateTime.UtcNow + StartTimeout;
        while (DateTime.UtcNow < deadline)
        {
            if (_process.HasExited)
            {
                throw new InvalidOperationException($"Node {Name} exited with code {_process.ExitCode} while starting. Output:\n{Output}");
            }

            try
            {
                using var response = await client.GetAsync("/health");
                if (response.StatusCode is HttpStatusCode.OK or HttpStatusCode.ServiceUnavailable)
                {
                    return;
                }
            }
            catch (HttpRequestException)
            {
                // Kestrel is not listening yet.
            }
            catch (TaskCanceledException)
            {
                // The first request can be slow while the host warms up.
            }

            await Task.Delay(250);
        }

        throw new TimeoutException($"Node {Name} did not answer /health within {StartTimeout}. Output:\n{Output}");
    }

    private void Append(string? line)
    {
        if (line is not null)
        {
            _output.Enqueue(line);
        }
    }

    public static int FreePort()
    {
        using var listener = new System.Net.Sockets.TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
