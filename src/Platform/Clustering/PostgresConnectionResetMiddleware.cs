using System.Net.Sockets;
using ApprenantAgile.Platform.Data;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;
using Npgsql;

namespace ApprenantAgile.Platform.Clustering;

/// <summary>
/// Empties Npgsql's connection pools when a request fails on a dead PostgreSQL connection, then
/// lets the error through. Npgsql keeps idle connections after a server restart, so without this
/// every pooled connection would fail one more request before the node reconnects. It empties the
/// tenants' data sources and Npgsql's global pools, which the tenant settings table uses.
/// </summary>
public sealed partial class PostgresConnectionResetMiddleware(
    RequestDelegate next, PostgresDataSources dataSources, ILogger<PostgresConnectionResetMiddleware> logger)
{
    /// <summary>SQLSTATE codes of a server that shut down, crashed or is starting: 57P01, 57P02 and 57P03.</summary>
    private static readonly HashSet<string> ServerGoneStates =
    [
        PostgresErrorCodes.AdminShutdown,
        PostgresErrorCodes.CrashShutdown,
        PostgresErrorCodes.CannotConnectNow,
    ];

    public async Task InvokeAsync(HttpContext context)
    {
        try
        {
            await next(context);
        }
        catch (Exception exception) when (IsDeadConnection(exception))
        {
            dataSources.ClearPools();
            NpgsqlConnection.ClearAllPools();
            LogPoolsCleared(logger, context.Request.Path, exception.GetBaseException().Message);
            throw;
        }
    }

    /// <summary>Returns whether the exception or one of its inner exceptions reports a connection that the server closed or the network lost.</summary>
    public static bool IsDeadConnection(Exception exception)
    {
        for (Exception? current = exception; current is not null; current = current.InnerException)
        {
            switch (current)
            {
                case PostgresException postgres when ServerGoneStates.Contains(postgres.SqlState) || postgres.SqlState.StartsWith("08", StringComparison.Ordinal):
                    return true;
                case NpgsqlException { InnerException: IOException or SocketException or EndOfStreamException }:
                    return true;
            }
        }

        return false;
    }

    [LoggerMessage(Level = LogLevel.Warning,
        Message = "Request {Path} failed on a dead PostgreSQL connection ({Error}); cleared the connection pools so that the next requests reconnect")]
    private static partial void LogPoolsCleared(ILogger logger, PathString path, string error);
}
