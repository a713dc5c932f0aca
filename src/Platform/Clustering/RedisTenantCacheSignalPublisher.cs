using ApprenantAgile.Platform.Caching;
using Microsoft.Extensions.Logging;
using StackExchange.Redis;

namespace ApprenantAgile.Platform.Clustering;

/// <summary>
/// Publishes "{node}\n{tenant}" on the cache-signals channel, so that the other nodes expire the tenant's
/// cached public output. Fire and forget: while Redis is down the message is lost, and the other nodes keep
/// their entries until the caches' maximum lifetimes (one minute by default) end.
/// </summary>
public sealed class RedisTenantCacheSignalPublisher(RedisConnection redis, ILogger<RedisTenantCacheSignalPublisher> logger) : ITenantCacheSignalPublisher
{
    public const string ChannelName = "cache-signals";

    public void Publish(string tenantName)
    {
        try
        {
            redis.Multiplexer.GetSubscriber().Publish(
                redis.Channel(ChannelName), RedisTenantChangeNotifier.FormatMessage(redis.NodeName, tenantName), CommandFlags.FireAndForget);
        }
        catch (Exception ex) when (ex is RedisException or TimeoutException or ObjectDisposedException)
        {
            logger.LogWarning(ex, "Tenant {Tenant}: the cache signal could not be published; other nodes keep their cached pages until they expire", tenantName);
        }
    }
}
