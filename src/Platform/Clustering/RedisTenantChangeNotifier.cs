using ApprenantAgile.Platform.Tenants;
using Microsoft.Extensions.Logging;
using StackExchange.Redis;

namespace ApprenantAgile.Platform.Clustering;

/// <summary>
/// Publishes "{node}\n{tenant}" on the tenants channel after a change is saved. While Redis is
/// down the message is lost; the other nodes catch up by comparing versions when they reconnect.
/// </summary>
public sealed class RedisTenantChangeNotifier(RedisConnection redis, ILogger<RedisTenantChangeNotifier> logger) : ITenantChangeNotifier
{
    public const string ChannelName = "tenants";

    public async Task NotifyAsync(string tenantName, CancellationToken cancellationToken = default)
    {
        try
        {
            var receivers = await redis.Multiplexer.GetSubscriber()
                .PublishAsync(redis.Channel(ChannelName), FormatMessage(redis.NodeName, tenantName));
            logger.LogDebug("Tenant {Tenant}: change published to {ReceiverCount} subscribers", tenantName, receivers);
        }
        catch (Exception ex) when (ex is RedisException or TimeoutException or ObjectDisposedException)
        {
            logger.LogWarning(ex, "Tenant {Tenant}: the change notification could not be published; other nodes apply it when they catch up", tenantName);
        }
    }

    public static string FormatMessage(string nodeName, string tenantName) => nodeName + "\n" + tenantName;

    /// <summary>Splits a message into the sending node and the tenant; null when it is not in the expected form.</summary>
    public static (string Node, string Tenant)? ParseMessage(string? message)
    {
        var separator = message?.IndexOf('\n') ?? -1;
        return separator > 0 && separator < message!.Length - 1
            ? (message[..separator], message[(separator + 1)..])
            : null;
    }
}
