using System.Data.Common;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace ApprenantAgile.Platform.Data;

/// <summary>
/// Sets SQLite's write-ahead log and busy timeout on every tenant connection that EF Core opens. With
/// the WAL, readers no longer block the writer. With the busy timeout, a writer that finds the file
/// locked waits for the other writer instead of failing at once with "database is locked".
/// </summary>
public sealed class SqliteConnectionPragmas : DbConnectionInterceptor
{
    /// <summary>How long SQLite waits for a lock held by another connection before it returns SQLITE_BUSY.</summary>
    public const int BusyTimeoutMilliseconds = 5000;

    // journal_mode=WAL is stored in the database file, so after the first connection it only reads the mode back.
    private static readonly string Pragmas = $"PRAGMA journal_mode = WAL; PRAGMA busy_timeout = {BusyTimeoutMilliseconds};";

    public static SqliteConnectionPragmas Instance { get; } = new();

    public override void ConnectionOpened(DbConnection connection, ConnectionEndEventData eventData)
    {
        using var command = connection.CreateCommand();
        command.CommandText = Pragmas;
        command.ExecuteNonQuery();
    }

    public override async Task ConnectionOpenedAsync(DbConnection connection, ConnectionEndEventData eventData, CancellationToken cancellationToken = default)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = Pragmas;
        await command.ExecuteNonQueryAsync(cancellationToken);
    }
}
