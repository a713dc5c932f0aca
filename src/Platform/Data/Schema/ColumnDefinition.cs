namespace ApprenantAgile.Platform.Data.Schema;

/// <summary>A column as a migration declares it; the dialect turns it into SQL.</summary>
public sealed class ColumnDefinition(string name, Type clrType)
{
    public string Name { get; } = name;

    public Type ClrType { get; } = clrType;

    public bool IsNullable { get; private set; } = true;

    public bool IsIdentity { get; private set; }

    public bool IsPrimaryKey { get; private set; }

    /// <summary>Maximum length of a string column; null for unlimited text.</summary>
    public int? Length { get; private set; }

    /// <summary>A literal default (string, number, bool), rendered by the dialect.</summary>
    public object? DefaultValue { get; private set; }

    public ColumnDefinition NotNull()
    {
        IsNullable = false;
        return this;
    }

    public ColumnDefinition WithLength(int length)
    {
        Length = length;
        return this;
    }

    public ColumnDefinition PrimaryKey()
    {
        IsPrimaryKey = true;
        IsNullable = false;
        return this;
    }

    public ColumnDefinition WithDefault(object value)
    {
        DefaultValue = value;
        return this;
    }

    internal ColumnDefinition AsIdentity()
    {
        IsIdentity = true;
        IsPrimaryKey = true;
        IsNullable = false;
        return this;
    }
}
