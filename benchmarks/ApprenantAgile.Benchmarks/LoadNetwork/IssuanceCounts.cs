using System.Data.Common;
using ApprenantAgile.Badges.Applications;
using Microsoft.Data.Sqlite;
using Npgsql;

namespace ApprenantAgile.Benchmarks.LoadNetwork;

/// <summary>
/// Counts, read from the centres' databases, that show whether every approval issued exactly one badge:
/// approved applications, those of them with an assertion id, distinct assertion ids among them, and rows
/// of the assertion table.
/// </summary>
internal sealed record IssuanceCounts(long Approved, long ApprovedWithAssertion, long DistinctAssertionIds, long Assertions)
{
    private const int ApprovedStatus = (int)BadgeApplicationStatus.Approved;

    private static string Query(string schemaPrefix) =>
        $"""
        SELECT
          (SELECT COUNT(*) FROM {schemaPrefix}"BadgeApplications" WHERE "Status" = {ApprovedStatus}),
          (SELECT COUNT(*) FROM {schemaPrefix}"BadgeApplications" WHERE "Status" = {ApprovedStatus} AND "AssertionId" IS NOT NULL),
          (SELECT COUNT(DISTINCT "AssertionId") FROM {schemaPrefix}"BadgeApplications" WHERE "Status" = {ApprovedStatus}),
          (SELECT COUNT(*) FROM {schemaPrefix}"AssertionIndex")
        """;

    public static IssuanceCounts operator +(IssuanceCounts a, IssuanceCounts b) =>
        new(a.Approved + b.Approved, a.ApprovedWithAssertion + b.ApprovedWithAssertion, a.DistinctAssertionIds + b.DistinctAssertionIds, a.Assertions + b.Assertions);

    public static IssuanceCounts operator -(IssuanceCounts a, IssuanceCounts b) =>
        new(a.Approved - b.Approved, a.ApprovedWithAssertion - b.ApprovedWithAssertion, a.DistinctAssertionIds - b.DistinctAssertionIds, a.Assertions - b.Assertions);

    /// <summary>Sums the counts of the centres' schemas in a PostgreSQL database (schema "tenant_" plus the name with dashes as underscores).</summary>
    public static async Task<IssuanceCounts> ReadPostgresAsync(string connectionString, IEnumerable<string> tenants)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        var total = new IssuanceCounts(0, 0, 0, 0);
        foreach (var tenant in tenants)
        {
            total += await ReadAsync(connection, $"\"tenant_{tenant.Replace('-', '_')}\".");
        }

        return total;
    }

    /// <summary>Sums the counts of the centres' SQLite files, App_Data/Sites/{tenant}/tenant.db.</summary>
    public static async Task<IssuanceCounts> ReadSqliteAsync(string appDataPath, IEnumerable<string> tenants)
    {
        var total = new IssuanceCounts(0, 0, 0, 0);
        foreach (var tenant in tenants)
        {
            var file = Path.Combine(appDataPath, "Sites", tenant, "tenant.db");
            await using var connection = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = file, Mode = SqliteOpenMode.ReadOnly, Pooling = false }.ToString());
            await connection.OpenAsync();
            total += await ReadAsync(connection, "");
        }

        return total;
    }

    private static async Task<IssuanceCounts> ReadAsync(DbConnection connection, string schemaPrefix)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = Query(schemaPrefix);
        await using var reader = await command.ExecuteReaderAsync();
        await reader.ReadAsync();
        return new IssuanceCounts(reader.GetInt64(0), reader.GetInt64(1), reader.GetInt64(2), reader.GetInt64(3));
    }
}
