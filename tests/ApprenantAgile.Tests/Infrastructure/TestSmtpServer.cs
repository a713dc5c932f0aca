using System.Buffers;
using System.Collections.Concurrent;
using System.Net;
using System.Net.Sockets;
using MimeKit;
using SmtpServer;
using SmtpServer.ComponentModel;
using SmtpServer.Net;
using SmtpServer.Protocol;
using SmtpServer.Storage;

namespace ApprenantAgile.Tests.Infrastructure;

/// <summary>
/// SMTP server on 127.0.0.1 for tests, built on the SmtpServer package. It accepts every message
/// without TLS or authentication and stores it, parsed by MimeKit, in <see cref="Messages"/>.
/// </summary>
/// <example>
/// <code>
/// await using var smtp = new TestSmtpServer();
/// await smtp.StartAsync();
/// // Point the code under test at 127.0.0.1:smtp.Port, then:
/// var messages = await smtp.WaitForMessagesAsync(1, TimeSpan.FromSeconds(5));
/// </code>
/// </example>
public sealed class TestSmtpServer : IAsyncDisposable
{
    // Another process can take the free port between the probe and the server's bind, so start-up retries.
    private const int MaxStartAttempts = 5;
    private static readonly TimeSpan StartTimeout = TimeSpan.FromSeconds(10);
    private static readonly TimeSpan StopTimeout = TimeSpan.FromSeconds(10);
    private static readonly TimeSpan PollInterval = TimeSpan.FromMilliseconds(20);

    private readonly ConcurrentQueue<MimeMessage> _messages = new();
    private CancellationTokenSource? _stop;
    private Task? _serverTask;

    /// <summary>TCP port that the server listens on. Zero until <see cref="StartAsync"/> returns.</summary>
    public int Port { get; private set; }

    /// <summary>Snapshot of the messages received so far, in arrival order. Safe to read from any thread.</summary>
    public IReadOnlyList<MimeMessage> Messages => _messages.ToArray();

    /// <summary>Starts listening on a free port of 127.0.0.1 and returns once the port accepts connections.</summary>
    /// <exception cref="InvalidOperationException">The server was already started, or no port could be bound.</exception>
    /// <exception cref="TimeoutException">The listener did not start within 10 seconds.</exception>
    public async Task StartAsync()
    {
        if (_serverTask is not null)
        {
            throw new InvalidOperationException($"The test SMTP server is already listening on 127.0.0.1:{Port}. Call StartAsync once per instance.");
        }

        Exception? lastBindError = null;
        for (var attempt = 1; attempt <= MaxStartAttempts; attempt++)
        {
            var port = FindFreePort();
            var started = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
            var stop = new CancellationTokenSource();
            var serverTask = Task.Run(() => CreateServer(port, started).StartAsync(stop.Token));

            var completed = await Task.WhenAny(started.Task, serverTask, Task.Delay(StartTimeout));
            if (completed == started.Task)
            {
                Port = port;
                _stop = stop;
                _serverTask = serverTask;
                return;
            }

            await stop.CancelAsync();
            stop.Dispose();
            if (completed != serverTask)
            {
                throw new TimeoutException($"The test SMTP server did not start listening on 127.0.0.1:{port} within {StartTimeout.TotalSeconds} s.");
            }

            lastBindError = serverTask.Exception?.GetBaseException();
        }

        throw new InvalidOperationException(
            $"The test SMTP server could not bind a free port on 127.0.0.1 in {MaxStartAttempts} attempts. Last error: {lastBindError?.Message}",
            lastBindError);
    }

    /// <summary>
    /// Waits until at least <paramref name="count"/> messages have arrived and returns all messages received.
    /// Polls every 20 ms and gives up after <paramref name="timeout"/>.
    /// </summary>
    /// <exception cref="TimeoutException">Fewer than <paramref name="count"/> messages arrived in time.</exception>
    public Task<IReadOnlyList<MimeMessage>> WaitForMessagesAsync(int count, TimeSpan timeout) =>
        WaitForMessagesAsync(_ => true, count, timeout);

    /// <summary>
    /// Waits until at least <paramref name="count"/> received messages match <paramref name="filter"/> and
    /// returns the matching ones, so that tests sharing one server count only their own messages.
    /// Polls every 20 ms and gives up after <paramref name="timeout"/>.
    /// </summary>
    /// <exception cref="TimeoutException">Fewer than <paramref name="count"/> matching messages arrived in time.</exception>
    public async Task<IReadOnlyList<MimeMessage>> WaitForMessagesAsync(Func<MimeMessage, bool> filter, int count, TimeSpan timeout)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(count);
        var deadline = DateTime.UtcNow + timeout;

        while (true)
        {
            var messages = Messages.Where(filter).ToList();
            if (messages.Count >= count)
            {
                return messages;
            }

            if (DateTime.UtcNow >= deadline)
            {
                throw new TimeoutException(
                    $"Expected at least {count} matching e-mails within {timeout.TotalSeconds} s, but the test SMTP server on 127.0.0.1:{Port} received {messages.Count}.");
            }

            await Task.Delay(PollInterval);
        }
    }

    /// <summary>Stops the server and waits up to 10 seconds for it to close.</summary>
    public async ValueTask DisposeAsync()
    {
        if (_stop is null || _serverTask is null)
        {
            return;
        }

        await _stop.CancelAsync();
        try
        {
            await _serverTask.WaitAsync(StopTimeout);
        }
        catch (OperationCanceledException)
        {
            // SmtpServer ends its listen loop by throwing on the cancelled token.
        }
        finally
        {
            _stop.Dispose();
            _stop = null;
            _serverTask = null;
        }
    }

    private static int FindFreePort()
    {
        var probe = new TcpListener(IPAddress.Loopback, 0);
        probe.Start();
        try
        {
            return ((IPEndPoint)probe.LocalEndpoint).Port;
        }
        finally
        {
            probe.Stop();
        }
    }

    private SmtpServer.SmtpServer CreateServer(int port, TaskCompletionSource started)
    {
        var options = new SmtpServerOptionsBuilder()
            .ServerName("localhost")
            .Endpoint(endpoint => endpoint.Endpoint(new IPEndPoint(IPAddress.Loopback, port)))
            .Build();

        var listenerFactory = new EndpointListenerFactory();
        listenerFactory.EndpointStarted += (_, _) => started.TrySetResult();

        var services = new ServiceProvider();
        services.Add(listenerFactory);
        services.Add(new CollectingMessageStore(_messages));
        return new SmtpServer.SmtpServer(options, services);
    }

    private sealed class CollectingMessageStore(ConcurrentQueue<MimeMessage> messages) : MessageStore
    {
        public override async Task<SmtpResponse> SaveAsync(
            ISessionContext context,
            IMessageTransaction transaction,
            ReadOnlySequence<byte> buffer,
            CancellationToken cancellationToken)
        {
            // SmtpServer strips the whole "<CRLF>.<CRLF>" terminator, but RFC 5321 section 4.1.1.4 counts
            // its first CRLF as the end of the message's last line, so it is put back.
            using var stream = new MemoryStream();
            stream.Write(buffer.ToArray());
            stream.Write("\r\n"u8);
            stream.Position = 0;
            var message = await MimeMessage.LoadAsync(stream, cancellationToken);
            messages.Enqueue(message);
            return SmtpResponse.Ok;
        }
    }
}
