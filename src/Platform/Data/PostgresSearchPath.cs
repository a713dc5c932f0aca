using System.Data.Common;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace ApprenantAgile.Platform.Data;

/// <summary>
/// Selects the tenant's schema with SET search_path on every connection that EF Core opens from the
/// database's shared pool. The setting lasts for the session. Npgsql's reset of a returned connection
/// (DISCARD ALL, unless the connection string sets No Reset On Close) undoes it, and in either case the
/// next tenant's open sets its own schema before its first query, so no schema leaks between tenants.
/// </summary>
public sealed class PostgresSearchPath(string schema) : DbConnectionInterceptor
{
    // A schema is an identifier and cannot be a SQL parameter, so it is quoted with its quotes doubled.
    private readonly string _setSearchPath = "SET search_path TO " + QuoteIdentifier(schema);

    public override void ConnectionOpened(DbConnection connection, ConnectionEndEventData eventData)
    {
        using var command = connection.CreateCommand();
        command.CommandText = _setSearchPath;
        command.ExecuteNonQuery();
    }

    public override async Task ConnectionOpenedAsync(DbConnection connection, ConnectionEndEventData eventData, CancellationToken cancellationToken = default)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = _setSearchPath;
        await command.ExecuteNonQueryAsync(cancellationToken);
    }

    /// <summary>Returns the identifier between double quotes, with each double quote inside doubled.</summary>
    public static string QuoteIdentifier(string identifier) => "\"" + identifier.Replace("\"", "\"\"") + "\"";
}
