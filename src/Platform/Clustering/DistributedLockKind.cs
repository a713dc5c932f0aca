namespace ApprenantAgile.Platform.Clustering;

/// <summary>Which server provides the locks that exclude the other nodes.</summary>
public enum DistributedLockKind
{
    /// <summary>PostgreSQL advisory locks (a process-wide lock for SQLite tenants). Works while Redis is down.</summary>
    Database,

    /// <summary>Redis keys with an expiry. While Redis is down, no lock is granted and the guarded work is skipped.</summary>
    Redis,
}
