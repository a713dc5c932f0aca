using System.Security.Cryptography;
using System.Text;
using Microsoft.Extensions.Logging;
using Npgsql;

namespace ApprenantAgile.Workflows.Locking;

/// <summary>
/// A PostgreSQL session-level advisory lock held on a connection of the database's lock pool for
/// as long as the handle lives. Unlike pg_advisory_xact_lock it does not tie the workflow's writes
/// to one long transaction, and the server releases it if the node dies (the session ends).
/// </summary>
internal static class PostgresAdvisoryLock
{
    private static readonly TimeSpan MaxPollDelay = TimeSpan.FromMilliseconds(200);

    public static async Task<IAsyncDisposable?> TryAcquireAsync(
        NpgsqlDataSource dataSource, string key, TimeSpan timeout, ILogger logger, CancellationToken cancellationToken)
    {
        var lockId = LockIdOf(key);
        var connection = await dataSource.OpenConnectionAsync(cancellationToken);

        try
        {
            var started = System.Diagnostics.Stopwatch.GetTimestamp();
            var delay = TimeSpan.FromMilliseconds(10);
            while (true)
            {
                await using (var command = new NpgsqlCommand("SELECT pg_try_advisory_lock(@id)", connection))
                {
                    command.Parameters.AddWithValue("id", lockId);
                    if ((bool)(await command.ExecuteScalarAsync(cancellationToken))!)
                    {
                        return new Handle(connection, lockId, key, logger);
                    }
                }

                if (System.Diagnostics.Stopwatch.GetElapsedTime(started) >= timeout)
                {
                    await connection.DisposeAsync();
                    return null;
                }

                await Task.Delay(delay, cancellationToken);
                delay = TimeSpan.FromTicks(Math.Min(delay.Ticks * 2, MaxPollDelay.Ticks));
            }
        }
        catch
        {
            await connection.DisposeAsync();
            throw;
        }
    }

    /// <summary>Maps a key to the 64-bit id PostgreSQL advisory locks take: the first 8 bytes of its SHA-256.</summary>
    private static long LockIdOf(string key) =>
        BitConverter.ToInt64(SHA256.HashData(Encoding.UTF8.GetBytes(key)), 0);

    private sealed class Handle(NpgsqlConnection connection, long lockId, string key, ILogger logger) : IAsyncDisposable
    {
        public async ValueTask DisposeAsync()
        {
            try
            {
                await using var command = new NpgsqlCommand("SELECT pg_advisory_unlock(@id)", connection);
                command.Parameters.AddWithValue("id", lockId);
                await command.ExecuteScalarAsync(CancellationToken.None);
            }
            catch (NpgsqlException ex)
            {
                // Npgsql resets a pooled session (DISCARD ALL) when the connection returns to the pool,
                // which releases the lock too.
                logger.LogWarning(ex, "Could not release the advisory lock {LockKey}; the session reset releases it", key);
            }
            finally
            {
                await connection.DisposeAsync();
            }
        }
    }
}
