using ApprenantAgile.Platform.Tenants;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using StackExchange.Redis;

namespace ApprenantAgile.Platform.Clustering;

/// <summary>
/// Applies the tenant changes other nodes publish on Redis, and catches up on the ones it missed:
/// when the Redis connection comes back, and every <see cref="ClusterOptions.TenantCatchUpInterval"/>,
/// it re-reads the settings versions and releases each tenant whose version moved. StackExchange.Redis
/// subscribes again by itself after a reconnection.
/// </summary>
public sealed class TenantChangeSubscriber(
    RedisConnection redis,
    TenantHost host,
    IOptions<ClusterOptions> options,
    ILogger<TenantChangeSubscriber> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var multiplexer = redis.Multiplexer;
        multiplexer.ConnectionRestored += OnConnectionRestored;
        try
        {
            await SubscribeAsync(stoppingToken);

            using var timer = new PeriodicTimer(options.Value.TenantCatchUpInterval);
            while (await timer.WaitForNextTickAsync(stoppingToken))
            {
                await CatchUpAsync("periodic check", stoppingToken);
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            logger.LogInformation("Tenant change subscriber stopped on node {Node}", redis.NodeName);
        }
        finally
        {
            multiplexer.ConnectionRestored -= OnConnectionRestored;
        }
    }

    /// <summary>Subscribes once; while Redis is unreachable at start-up, retries every second until Redis accepts it.</summary>
    private async Task SubscribeAsync(CancellationToken stoppingToken)
    {
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                var queue = await redis.Multiplexer.GetSubscriber().SubscribeAsync(redis.Channel(RedisTenantChangeNotifier.ChannelName));
                queue.OnMessage(OnMessageAsync);
                logger.LogInformation("Node {Node} subscribed to tenant changes", redis.NodeName);
                return;
            }
            catch (RedisException ex)
            {
                if (attempt == 1)
                {
                    logger.LogWarning(ex, "Subscribing to tenant changes failed; retrying every second until Redis responds");
                }

                await Task.Delay(TimeSpan.FromSeconds(1), stoppingToken);
            }
        }
    }

    private async Task OnMessageAsync(ChannelMessage message)
    {
        var parsed = RedisTenantChangeNotifier.ParseMessage(message.Message);
        if (parsed is not { } change)
        {
            logger.LogWarning("Ignored a tenant change message in an unknown form: {Message}", (string?)message.Message);
            return;
        }

        if (change.Node == redis.NodeName)
        {
            return;
        }

        try
        {
            await host.ApplyRemoteChangeAsync(change.Tenant);
            logger.LogInformation("Tenant {Tenant}: change from node {Node} applied", change.Tenant, change.Node);
        }
        catch (Exception ex) when (ex is Npgsql.NpgsqlException or IOException or InvalidOperationException)
        {
            logger.LogError(ex, "Tenant {Tenant}: applying the change from node {Node} failed; the next catch-up retries", change.Tenant, change.Node);
        }
    }

    private void OnConnectionRestored(object? sender, ConnectionFailedEventArgs e)
    {
        if (e.ConnectionType == ConnectionType.Subscription)
        {
            _ = CatchUpAsync("Redis reconnection", CancellationToken.None);
        }
    }

    private async Task CatchUpAsync(string reason, CancellationToken cancellationToken)
    {
        try
        {
            var released = await host.ReloadAsync(cancellationToken);
            if (released.Count > 0)
            {
                logger.LogInformation("Catch-up after {Reason}: released tenants {Tenants}", reason, released);
            }
        }
        catch (Exception ex) when (ex is Npgsql.NpgsqlException or IOException or InvalidOperationException)
        {
            logger.LogError(ex, "Catch-up of tenant changes after {Reason} failed; the next one retries", reason);
        }
    }
}
