using System.Diagnostics;
using System.Net;

namespace ApprenantAgile.Benchmarks.LoadNetwork;

/// <summary>
/// One host process: the Release build of src/Web (ApprenantAgile.Web.dll, copied next to this
/// benchmark by its project reference) run with <c>dotnet</c> on 127.0.0.1, configured by environment
/// variables only. Its console output goes to a log file; errors in it are counted for the report.
/// </summary>
internal sealed class HostProcess : IAsyncDisposable
{
    private static readonly TimeSpan StartTimeout = TimeSpan.FromMinutes(3);

    private readonly Process _process;
    private readonly StreamWriter _log;
    private int _errorLines;

    private HostProcess(string name, int port, Process process, string logPath)
    {
        Name = name;
        BaseAddress = new Uri($"http://127.0.0.1:{port}");
        _process = process;
        LogPath = logPath;
        _log = new StreamWriter(logPath) { AutoFlush = true };
    }

    public string Name { get; }

    public Uri BaseAddress { get; }

    public string LogPath { get; }

    /// <summary>Lines of the node's log at level "fail" or "crit" (the console logger's prefixes).</summary>
    public int ErrorLines => Volatile.Read(ref _errorLines);

    /// <summary>Starts the host on <paramref name="port"/> and waits until /health responds.</summary>
    public static async Task<HostProcess> StartAsync(string name, int port, IReadOnlyDictionary<string, string> environment, string logPath)
    {
        var process = CreateProcess(["--urls", $"http://127.0.0.1:{port}"], environment);
        var node = new HostProcess(name, port, process, logPath);
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

    /// <summary>Runs a host command ("pilot setup ...") with the given configuration; throws when it fails.</summary>
    public static async Task<string> RunCommandAsync(IReadOnlyDictionary<string, string> environment, TimeSpan timeout, params string[] args)
    {
        using var process = CreateProcess(args, environment);
        var output = new System.Collections.Concurrent.ConcurrentQueue<string>();
        process.OutputDataReceived += (_, e) => { if (e.Data is not null) output.Enqueue(e.Data); };
        process.ErrorDataReceived += (_, e) => { if (e.Data is not null) output.Enqueue(e.Data); };
        process.Start();
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();

        using var cancellation = new CancellationTokenSource(timeout);
        try
        {
            await process.WaitForExitAsync(cancellation.Token);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException($"'{string.Join(' ', args)}' did not finish within {timeout}. Output:\n{string.Join('\n', output)}");
        }

        var text = string.Join('\n', output);
        if (process.ExitCode != 0)
        {
            throw new InvalidOperationException($"'{string.Join(' ', args)}' failed with exit code {process.ExitCode}. Output:\n{text}");
        }

        return text;
    }

    public static int FreePort()
    {
        using var listener = new System.Net.Sockets.TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    public async ValueTask DisposeAsync()
    {
        if (!_process.HasExited)
        {
            _process.Kill(entireProcessTree: true);
            await _process.WaitForExitAsync();
        }

        _process.Dispose();
        lock (_log)
        {
            _log.Dispose();
        }
    }

    private static Process CreateProcess(IEnumerable<string> args, IReadOnlyDictionary<string, string> environment)
    {
        var hostPath = Path.Combine(AppContext.BaseDirectory, "ApprenantAgile.Web.dll");
        if (!File.Exists(Path.ChangeExtension(hostPath, ".runtimeconfig.json")))
        {
            throw new FileNotFoundException($"The built host '{hostPath}' or its runtimeconfig.json is missing. Build the benchmark project in Release first.");
        }

        var start = new ProcessStartInfo("dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            WorkingDirectory = AppContext.BaseDirectory,
        };
        start.ArgumentList.Add(hostPath);
        foreach (var argument in args)
        {
            start.ArgumentList.Add(argument);
        }

        // Only the variables below configure the host: none of this process's ASP.NET Core settings leak in.
        foreach (var key in start.Environment.Keys.Where(k => k.StartsWith("ASPNETCORE_", StringComparison.Ordinal) || k.StartsWith("DOTNET_ENVIRONMENT", StringComparison.Ordinal)).ToList())
        {
            start.Environment.Remove(key);
        }

        foreach (var (key, value) in environment)
        {
            start.Environment[key] = value;
        }

        return new Process { StartInfo = start };
    }

    private async Task WaitUntilAnsweringAsync()
    {
        using var client = new HttpClient { BaseAddress = BaseAddress, Timeout = TimeSpan.FromSeconds(10) };
        var deadline = DateTime.UtcNow + StartTimeout;
        while (DateTime.UtcNow < deadline)
        {
            if (_process.HasExited)
            {
                throw new InvalidOperationException($"Node {Name} exited with code {_process.ExitCode} while starting. Log: {LogPath}");
            }

            try
            {
                using var response = await client.GetAsync("/health");
                if (response.StatusCode is HttpStatusCode.OK or HttpStatusCode.ServiceUnavailable)
                {
                    return;
                }
            }
            catch (Exception exception) when (exception is HttpRequestException or TaskCanceledException)
            {
                // Kestrel is not listening yet, or the first request is slow while the host warms up.
            }

            await Task.Delay(250);
        }

        throw new TimeoutException($"Node {Name} did not respond to /health within {StartTimeout}. Log: {LogPath}");
    }

    private void Append(string? line)
    {
        if (line is null)
        {
            return;
        }

        if (line.StartsWith("fail:", StringComparison.Ordinal) || line.StartsWith("crit:", StringComparison.Ordinal))
        {
            Interlocked.Increment(ref _errorLines);
        }

        lock (_log)
        {
            _log.WriteLine(line);
        }
    }
}
