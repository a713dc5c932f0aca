using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace ApprenantAgile.Platform.Documents;

/// <summary>
/// One JSON document per type and tenant (enabled features, site settings, content definitions,
/// roles): Orchard keeps such singletons as documents rather than as rows of a table.
/// </summary>
public sealed class DocumentRecord
{
    public required string Type { get; set; }

    public required string Content { get; set; }

    /// <summary>Incremented on each save; a save against an older version fails (optimistic concurrency).</summary>
    public int Version { get; set; }

    public DateTime ModifiedUtc { get; set; }
}

internal sealed class DocumentRecordConfiguration : IEntityTypeConfiguration<DocumentRecord>
{
    public void Configure(EntityTypeBuilder<DocumentRecord> builder)
    {
        builder.ToTable("Documents");
        builder.HasKey(d => d.Type);
        builder.Property(d => d.Version).IsConcurrencyToken();
    }
}
