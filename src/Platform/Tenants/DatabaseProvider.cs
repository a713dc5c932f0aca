namespace ApprenantAgile.Platform.Tenants;

public enum DatabaseProvider
{
    /// <summary>One SQLite file per tenant under App_Data/Sites/{tenant}/ (the embedded default).</summary>
    Sqlite,

    /// <summary>PostgreSQL, one schema per tenant (or a database per tenant through its own connection string).</summary>
    Postgres,
}
