namespace ApprenantAgile.Platform.Clustering;

/// <summary>Where the host keeps tenant settings.</summary>
public enum TenantSettingsStoreKind
{
    /// <summary>App_Data/tenants.json: one node only.</summary>
    File,

    /// <summary>A table in the PostgreSQL database of Platform:PostgresConnectionString, shared by every node.</summary>
    Postgres,
}
