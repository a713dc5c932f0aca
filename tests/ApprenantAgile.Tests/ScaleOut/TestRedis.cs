using System.Diagnostics;
using System.Net.Sockets;
using StackExchange.Redis;

namespace ApprenantAgile.Tests.ScaleOut;

/// <summary>
/// The Redis server that ./test.sh starts on 127.0.0.1 and names in AA_TEST_REDIS ("127.0.0.1:PORT").
/// Tests stop it with SHUTDOWN SAVE and start it again on the same port and data file, as a
/// production Redis with persistence comes back after a restart.
/// </summary>
public static class TestRedis
{
    public const string Variable = "AA_TEST_REDIS";

    private static readonly TimeSpan WaitTimeout = TimeSpan.FromSeconds(15);

    public static string Address =>
        Environment.GetEnvironmentVariable(Variable)
        ?? throw new InvalidOperationException(
            $"{Variable} is not set. Run the suite with ./test.sh, which starts redis-server on 127.0.0.1 and sets it.");

    public static int Port => int.Parse(Address[(Address.LastIndexOf(':') + 1)..], System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>Saves the data set and stops the server; returns the folder and file name of its dump, for <see cref="StartAsync"/>.</summary>
    public static async Task<(string Folder, string FileName)> StopAsync()
    {
        await using var admin = await ConnectionMultiplexer.ConnectAsync($"{Address},allowAdmin=true");
        var server = admin.GetServer(admin.GetEndPoints().Single());
        var folder = (await server.ConfigGetAsync("dir")).Single().Value;
        var fileName = (await server.ConfigGetAsync("dbfilename")).Single().Value;

        try
        {
            server.Shutdown(ShutdownMode.Always);
        }
        catch (RedisConnectionException)
        {
            // The server closes the connection as it stops.
        }

        await WaitForPortAsync(open: false);
        return (folder, fileName);
    }

    /// <summary>Starts redis-server again, daemonized like the one ./test.sh started, so that test.sh stops it at the end.</summary>
    public static async Task StartAsync(string folder, string fileName)
    {
        var start = new ProcessStartInfo("redis-server") { UseShellExecute = false, RedirectStandardOutput = true };
        foreach (var argument in new[]
        {
            "--daemonize", "yes", "--bind", "127.0.0.1", "--port", Port.ToString(System.Globalization.CultureInfo.InvariantCulture),
            "--dir", folder, "--dbfilename", fileName, "--save", "", "--appendonly", "no",
        })
        {
            start.ArgumentList.Add(argument);
        }

        using var process = Process.Start(start)!;
        await process.WaitForExitAsync();
        await WaitForPortAsync(open: true);
    }

    private static async Task WaitForPortAsync(bool open)
    {
        var deadline = DateTime.UtcNow + WaitTimeout;
        while (DateTime.UtcNow < deadline)
        {
            if (IsListening() == open)
            {
                return;
            }

            await Task.Delay(100);
        }

        throw new TimeoutException($"Redis on {Address} did not {(open ? "start" : "stop")} within {WaitTimeout}.");
    }

    private static bool IsListening()
    {
        try
        {
            using var client = new TcpClient();
            client.Connect("127.0.0.1", Port);
            return true;
        }
        catch (SocketException)
        {
            return false;
        }
    }
}
