namespace ApprenantAgile.Platform.Documents;

/// <summary>Reads and writes the current tenant's singleton documents.</summary>
public interface IDocumentStore
{
    /// <summary>Returns the stored document, or a new one when none was saved yet.</summary>
    Task<T> GetAsync<T>(CancellationToken cancellationToken = default) where T : class, new();

    Task SaveAsync<T>(T document, CancellationToken cancellationToken = default) where T : class, new();
}
