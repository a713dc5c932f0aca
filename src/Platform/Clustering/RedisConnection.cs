using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using StackExchange.Redis;

namespace ApprenantAgile.Platform.Clustering;

/// <summary>
/// The node's one connection to Redis, opened on first use. It never fails the start-up: while
/// Redis is unreachable the multiplexer keeps retrying every second, and the callers that need
/// Redis get a <see cref="RedisConnectionException"/> meanwhile.
/// </summary>
public sealed class RedisConnection : IAsyncDisposable
{
    private readonly Lazy<ConnectionMultiplexer> _multiplexer;

    public RedisConnection(IOptions<ClusterOptions> options, ILogger<RedisConnection> logger)
    {
        var cluster = options.Value;
        if (!cluster.RedisEnabled)
        {
            throw new InvalidOperationException("Redis is used but Cluster:Redis is empty. Set Cluster:Redis to the Redis server's address.");
        }

        Prefix = cluster.RedisPrefix;
        // The random part keeps two hosts of one process (integration tests) apart.
        NodeName = cluster.NodeName ?? $"{Environment.MachineName}-{Environment.ProcessId}-{Guid.NewGuid().ToString("N")[..6]}";
        _multiplexer = new Lazy<ConnectionMultiplexer>(() => Connect(cluster.Redis!, logger));
    }

    public IConnectionMultiplexer Multiplexer => _multiplexer.Value;

    /// <summary>Prefix of every key and channel this installation uses.</summary>
    public string Prefix { get; }

    public string NodeName { get; }

    public bool IsConnected => _multiplexer.IsValueCreated && _multiplexer.Value.IsConnected;

    public RedisKey Key(string name) => $"{Prefix}:{name}";

    public RedisChannel Channel(string name) => RedisChannel.Literal($"{Prefix}:{name}");

    public async ValueTask DisposeAsync()
    {
        if (_multiplexer.IsValueCreated)
        {
            await _multiplexer.Value.DisposeAsync();
        }
    }

    private static ConnectionMultiplexer Connect(string configuration, ILogger logger)
    {
        var options = ConfigurationOptions.Parse(configuration);
        options.AbortOnConnectFail = false;
        options.ConnectTimeout = 2000;
        options.ReconnectRetryPolicy = new LinearRetry(1000);
        options.ClientName ??= "apprenant-agile";

        var multiplexer = ConnectionMultiplexer.Connect(options);

        // Every failed retry raises ConnectionFailed again: log the first failure of an outage only.
        var down = 0;
        multiplexer.ConnectionFailed += (_, e) =>
        {
            if (Interlocked.Exchange(ref down, 1) == 0)
            {
                logger.LogWarning(e.Exception, "Redis connection to {Endpoint} failed ({FailureType}); retrying every second", e.EndPoint, e.FailureType);
            }
        };
        multiplexer.ConnectionRestored += (_, e) =>
        {
            Interlocked.Exchange(ref down, 0);
            logger.LogInformation("Redis connection to {Endpoint} restored ({ConnectionType})", e.EndPoint, e.ConnectionType);
        };

        if (!multiplexer.IsConnected)
        {
            logger.LogWarning("Redis at {RedisEndpoints} is unreachable at start-up; the node serves without it and keeps retrying",
                string.Join(", ", options.EndPoints));
        }

        return multiplexer;
    }
}
