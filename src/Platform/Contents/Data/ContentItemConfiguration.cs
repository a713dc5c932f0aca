using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace ApprenantAgile.Platform.Contents.Data;

/// <summary>Maps <see cref="ContentItem"/> to the ContentItems table, with its content stored as JSON text.</summary>
internal sealed class ContentItemConfiguration : IEntityTypeConfiguration<ContentItem>
{
    public const string TableName = "ContentItems";

    public void Configure(EntityTypeBuilder<ContentItem> builder)
    {
        builder.ToTable(TableName);
        builder.HasKey(i => i.Id);
        builder.Property(i => i.Id).ValueGeneratedOnAdd();

        builder.Property(i => i.Content)
            .HasConversion(
                content => content.ToJsonString((System.Text.Json.JsonSerializerOptions?)null),
                text => (JsonObject)JsonNode.Parse(text, null, default)!,
                new ValueComparer<JsonObject>(
                    (left, right) => JsonNode.DeepEquals(left, right),
                    content => content.ToJsonString((System.Text.Json.JsonSerializerOptions?)null).GetHashCode(),
                    content => (JsonObject)content.DeepClone()));
    }
}
