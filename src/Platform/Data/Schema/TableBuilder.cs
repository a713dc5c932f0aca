namespace ApprenantAgile.Platform.Data.Schema;

/// <summary>Collects the columns of a table being created or altered.</summary>
public sealed class TableBuilder
{
    private readonly List<ColumnDefinition> _columns = [];

    public IReadOnlyList<ColumnDefinition> Columns => _columns;

    /// <summary>Adds an auto-incremented 64-bit primary key.</summary>
    public TableBuilder Identity(string name = "Id")
    {
        _columns.Add(new ColumnDefinition(name, typeof(long)).AsIdentity());
        return this;
    }

    public TableBuilder Column<T>(string name, Action<ColumnDefinition>? configure = null)
    {
        var type = typeof(T);
        var column = new ColumnDefinition(name, Nullable.GetUnderlyingType(type) ?? type);
        if (type.IsValueType && Nullable.GetUnderlyingType(type) is null)
        {
            column.NotNull();
        }

        configure?.Invoke(column);
        _columns.Add(column);
        return this;
    }
}
