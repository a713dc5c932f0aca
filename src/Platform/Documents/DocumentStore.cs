using System.Text.Json;
using ApprenantAgile.Platform.Caching;
using ApprenantAgile.Platform.Data;
using ApprenantAgile.Platform.Tenants;
using Microsoft.EntityFrameworkCore;

namespace ApprenantAgile.Platform.Documents;

/// <summary>
/// Stores documents as JSON in the tenant's Documents table, keyed by the document type's name. A save
/// fires the tenant's <see cref="TenantCacheSignal"/>, because site settings, template overrides and the
/// catalogue are documents that cached public pages show.
/// </summary>
public sealed class DocumentStore(TenantDbContext db, TenantCacheSignal cacheSignal, ITenantAccessor tenantAccessor) : IDocumentStore
{
    public static readonly JsonSerializerOptions JsonOptions = new(JsonSerializerDefaults.Web)
    {
        WriteIndented = false,
    };

    public async Task<T> GetAsync<T>(CancellationToken cancellationToken = default) where T : class, new()
    {
        var record = await db.Documents.AsNoTracking()
            .FirstOrDefaultAsync(d => d.Type == typeof(T).Name, cancellationToken);

        return record is null ? new T() : JsonSerializer.Deserialize<T>(record.Content, JsonOptions) ?? new T();
    }

    public async Task SaveAsync<T>(T document, CancellationToken cancellationToken = default) where T : class, new()
    {
        var content = JsonSerializer.Serialize(document, JsonOptions);
        var record = await db.Documents.FirstOrDefaultAsync(d => d.Type == typeof(T).Name, cancellationToken);

        if (record is null)
        {
            db.Documents.Add(new DocumentRecord
            {
                Type = typeof(T).Name,
                Content = content,
                Version = 1,
                ModifiedUtc = DateTime.UtcNow,
            });
        }
        else
        {
            record.Content = content;
            record.Version++;
            record.ModifiedUtc = DateTime.UtcNow;
        }

        await db.SaveChangesAsync(cancellationToken);
        cacheSignal.Signal(tenantAccessor.Current.Name);
    }
}
