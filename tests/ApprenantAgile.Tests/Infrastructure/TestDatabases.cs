using ApprenantAgile.Platform.Tenants;

namespace ApprenantAgile.Tests.Infrastructure;

/// <summary>
/// The database engines every tenant and content test runs on. PostgreSQL comes from the
/// AA_TEST_POSTGRES connection string that ./test.sh sets after starting a server on 127.0.0.1.
/// </summary>
public static class TestDatabases
{
    public const string PostgresVariable = "AA_TEST_POSTGRES";

    /// <summary>xunit theory data: one row per provider.</summary>
    public static TheoryData<DatabaseProvider> Providers => new() { DatabaseProvider.Sqlite, DatabaseProvider.Postgres };

    public static string PostgresConnectionString =>
        Environment.GetEnvironmentVariable(PostgresVariable)
        ?? throw new InvalidOperationException(
            $"{PostgresVariable} is not set. Run the suite with ./test.sh, which starts PostgreSQL on 127.0.0.1 and sets it.");
}
