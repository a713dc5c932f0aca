namespace ApprenantAgile.Platform.Clustering;

/// <summary>Where the data-protection key ring is stored.</summary>
public enum DataProtectionKeyStore
{
    /// <summary>DataProtection-Keys under Platform:SharedStoragePath (or App_Data): every node must mount the same folder.</summary>
    FileSystem,

    /// <summary>A Redis list. Redis must persist its data (AOF or RDB), or a restart loses the keys.</summary>
    Redis,
}
