using System.Net;
using System.Net.Sockets;
using ApprenantAgile.Platform.Email;
using Microsoft.Extensions.Logging;
using Xunit;

namespace ApprenantAgile.Tests.Email;

/// <summary>Sends to a port of 127.0.0.1 where nothing listens.</summary>
public sealed class SmtpServiceConnectionFailureTests : IDisposable
{
    private readonly int _closedPort = FindClosedPort();
    private readonly EmailTestContext _context;

    public SmtpServiceConnectionFailureTests()
    {
        _context = EmailTestContext.ForNetwork(_closedPort);
    }

    public void Dispose() => _context.Dispose();

    [Fact]
    public async Task ClosedPort_ReturnsFailedResult()
    {
        var result = await _context.SmtpService.SendAsync(CreateMessage());

        Assert.False(result.Succeeded);
    }

    [Fact]
    public async Task ClosedPort_ErrorNamesServer()
    {
        var result = await _context.SmtpService.SendAsync(CreateMessage());

        Assert.Contains($"127.0.0.1:{_closedPort}", result.ErrorMessage);
    }

    [Fact]
    public async Task ClosedPort_LogsErrorWithException()
    {
        await _context.SmtpService.SendAsync(CreateMessage());

        var entry = Assert.Single(_context.Logs.Entries, entry => entry.Level == LogLevel.Error);
        Assert.IsType<SocketException>(entry.Exception);
        Assert.Contains($"127.0.0.1:{_closedPort}", entry.Message);
    }

    [Fact]
    public async Task CancelledToken_Throws()
    {
        using var cancellation = new CancellationTokenSource();
        await cancellation.CancelAsync();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(
            () => _context.SmtpService.SendAsync(CreateMessage(), cancellation.Token));
    }

    // Binding port 0 gets a port that was free a moment ago. Nothing listens once the probe stops.
    private static int FindClosedPort()
    {
        var probe = new TcpListener(IPAddress.Loopback, 0);
        probe.Start();
        var port = ((IPEndPoint)probe.LocalEndpoint).Port;
        probe.Stop();
        return port;
    }

    private static MailMessage CreateMessage() => new()
    {
        To = ["Émilie Lefèvre <emilie.lefevre@example.org>"],
        Subject = "Badge délivré",
        Body = "Bonjour",
    };
}
