using ApprenantAgile.Platform.Clustering;
using ApprenantAgile.Platform.Tenants;
using Microsoft.Extensions.Logging;
using StackExchange.Redis;

namespace ApprenantAgile.Workflows.Locking;

/// <summary>
/// A lock held as a Redis key "{prefix}:lock:{tenant}/{key}" whose value is this holder's token.
/// The key expires after <see cref="Expiry"/>, so a node that dies releases it, and the handle
/// extends it every third of that while the holder works.
/// </summary>
/// <remarks>
/// NOTE: with one Redis server this excludes every node that uses it. An expiry that passes while
/// a node is paused longer than <see cref="Expiry"/> (a long GC pause, a frozen VM) lets another node
/// in, which is why the workflow instance's Version column still rejects the second save.
/// </remarks>
public sealed class RedisDistributedLock(ITenantAccessor tenantAccessor, RedisConnection redis, ILogger<RedisDistributedLock> logger)
    : IDistributedLock
{
    public static readonly TimeSpan Expiry = TimeSpan.FromSeconds(30);

    private static readonly TimeSpan MaxPollDelay = TimeSpan.FromMilliseconds(200);

    public async Task<IAsyncDisposable?> TryAcquireAsync(string key, TimeSpan timeout, CancellationToken cancellationToken = default)
    {
        var redisKey = redis.Key($"lock:{tenantAccessor.Current.Name}/{key}");
        var token = $"{redis.NodeName}/{Guid.NewGuid():N}";
        var database = redis.Multiplexer.GetDatabase();

        var started = System.Diagnostics.Stopwatch.GetTimestamp();
        var delay = TimeSpan.FromMilliseconds(10);
        while (true)
        {
            if (await database.LockTakeAsync(redisKey, token, Expiry))
            {
                return new Handle(database, redisKey, token, logger);
            }

            if (System.Diagnostics.Stopwatch.GetElapsedTime(started) >= timeout)
            {
                return null;
            }

            await Task.Delay(delay, cancellationToken);
            delay = TimeSpan.FromTicks(Math.Min(delay.Ticks * 2, MaxPollDelay.Ticks));
        }
    }

    private sealed class Handle : IAsyncDisposable
    {
        private readonly IDatabase _database;
        private readonly RedisKey _key;
        private readonly RedisValue _token;
        private readonly ILogger _logger;
        private readonly CancellationTokenSource _stop = new();
        private readonly Task _renewal;

        public Handle(IDatabase database, RedisKey key, RedisValue token, ILogger logger)
        {
            _database = database;
            _key = key;
            _token = token;
            _logger = logger;
            _renewal = RenewAsync(_stop.Token);
        }

        public async ValueTask DisposeAsync()
        {
            await _stop.CancelAsync();
            await _renewal;
            _stop.Dispose();

            try
            {
                await _database.LockReleaseAsync(_key, _token);
            }
            catch (Exception ex) when (ex is RedisException or TimeoutException)
            {
                _logger.LogWarning(ex, "Releasing the Redis lock {LockKey} failed; it expires within {Expiry}", (string?)_key, Expiry);
            }
        }

        private async Task RenewAsync(CancellationToken stop)
        {
            try
            {
                while (!stop.IsCancellationRequested)
                {
                    await Task.Delay(Expiry / 3, stop);
                    if (!await _database.LockExtendAsync(_key, _token, Expiry))
                    {
                        _logger.LogWarning("The Redis lock {LockKey} expired before it was extended; another node may hold it now", (string?)_key);
                        return;
                    }
                }
            }
            catch (OperationCanceledException) when (stop.IsCancellationRequested)
            {
                // Released by its holder.
            }
            catch (Exception ex) when (ex is RedisException or TimeoutException)
            {
                _logger.LogWarning(ex, "Extending the Redis lock {LockKey} failed; it expires within {Expiry}", (string?)_key, Expiry);
            }
        }
    }
}
