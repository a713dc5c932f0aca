namespace ApprenantAgile.Workflows.Locking;

/// <summary>
/// One semaphore per key inside this process, created on first use and dropped when no caller
/// holds or waits for it, so the table does not grow with every workflow id ever locked.
/// </summary>
public sealed class LocalKeyedLocks
{
    private readonly Dictionary<string, Entry> _entries = new(StringComparer.Ordinal);

    public async Task<IAsyncDisposable?> TryAcquireAsync(string key, TimeSpan timeout, CancellationToken cancellationToken)
    {
        Entry entry;
        lock (_entries)
        {
            if (!_entries.TryGetValue(key, out entry!))
            {
                entry = new Entry();
                _entries[key] = entry;
            }

            entry.References++;
        }

        var acquired = false;
        try
        {
            acquired = await entry.Semaphore.WaitAsync(timeout, cancellationToken);
            return acquired ? new Releaser(this, key, entry) : null;
        }
        finally
        {
            if (!acquired)
            {
                Dereference(key, entry);
            }
        }
    }

    private void Dereference(string key, Entry entry)
    {
        lock (_entries)
        {
            if (--entry.References == 0)
            {
                _entries.Remove(key);
                entry.Semaphore.Dispose();
            }
        }
    }

    private sealed class Entry
    {
        public SemaphoreSlim Semaphore { get; } = new(1, 1);

        public int References { get; set; }
    }

    private sealed class Releaser(LocalKeyedLocks owner, string key, Entry entry) : IAsyncDisposable
    {
        private int _released;

        public ValueTask DisposeAsync()
        {
            if (Interlocked.Exchange(ref _released, 1) == 0)
            {
                entry.Semaphore.Release();
                owner.Dereference(key, entry);
            }

            return ValueTask.CompletedTask;
        }
    }
}
