using ApprenantAgile.Platform.Caching;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using StackExchange.Redis;

namespace ApprenantAgile.Platform.Clustering;

/// <summary>
/// Applies the cache signals that other nodes publish on Redis (<see cref="RedisTenantCacheSignalPublisher"/>)
/// to this node's <see cref="TenantCacheSignal"/>. StackExchange.Redis subscribes again by itself after a
/// reconnection; signals sent meanwhile are lost and bounded by the caches' maximum lifetimes.
/// </summary>
public sealed class TenantCacheSignalSubscriber(
    RedisConnection redis, TenantCacheSignal signal, ILogger<TenantCacheSignalSubscriber> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        for (var attempt = 1; !stoppingToken.IsCancellationRequested; attempt++)
        {
            try
            {
                var queue = await redis.Multiplexer.GetSubscriber().SubscribeAsync(redis.Channel(RedisTenantCacheSignalPublisher.ChannelName));
                queue.OnMessage(OnMessage);
                logger.LogInformation("Node {Node} subscribed to cache signals", redis.NodeName);
                return;
            }
            catch (RedisException ex)
            {
                if (attempt == 1)
                {
                    logger.LogWarning(ex, "Subscribing to cache signals failed; retrying every second until Redis responds");
                }
            }

            try
            {
                await Task.Delay(TimeSpan.FromSeconds(1), stoppingToken);
            }
            catch (OperationCanceledException)
            {
                return;
            }
        }
    }

    private void OnMessage(ChannelMessage message)
    {
        var parsed = RedisTenantChangeNotifier.ParseMessage(message.Message);
        if (parsed is not { } change)
        {
            logger.LogWarning("Ignored a cache signal in an unknown form: {Message}", (string?)message.Message);
            return;
        }

        if (change.Node != redis.NodeName)
        {
            signal.SignalLocally(change.Tenant);
        }
    }
}
