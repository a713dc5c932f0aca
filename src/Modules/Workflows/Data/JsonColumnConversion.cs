using Microsoft.EntityFrameworkCore.ChangeTracking;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace ApprenantAgile.Workflows.Data;

/// <summary>Maps a property to a JSON text column, compared and snapshotted through its serialized form.</summary>
internal static class JsonColumnConversion
{
    public static PropertyBuilder<T> HasJsonConversion<T>(this PropertyBuilder<T> property) where T : new()
    {
        var comparer = new ValueComparer<T>(
            (left, right) => WorkflowJson.Serialize(left) == WorkflowJson.Serialize(right),
            value => WorkflowJson.Serialize(value).GetHashCode(StringComparison.Ordinal),
            value => WorkflowJson.Deserialize<T>(WorkflowJson.Serialize(value)));

        property.HasConversion(
            value => WorkflowJson.Serialize(value),
            json => WorkflowJson.Deserialize<T>(json),
            comparer);
        return property;
    }
}
