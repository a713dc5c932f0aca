namespace ApprenantAgile.Platform.Data.Schema;

/// <summary>SQLite types as EF Core's SQLite provider reads and writes them (dates as TEXT, booleans as INTEGER).</summary>
public sealed class SqliteDialect : SqlDialect
{
    protected override string IdentityColumnType => "INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT";

    protected override string BooleanLiteral(bool value) => value ? "1" : "0";

    protected override string TypeOf(ColumnDefinition column)
    {
        var type = column.ClrType;
        return type switch
        {
            _ when type == typeof(string) || type == typeof(DateTime) || type == typeof(DateTimeOffset)
                || type == typeof(Guid) || type == typeof(decimal) => "TEXT",
            _ when type == typeof(int) || type == typeof(long) || type == typeof(bool) || type == typeof(short)
                || type.IsEnum => "INTEGER",
            _ when type == typeof(double) || type == typeof(float) => "REAL",
            _ when type == typeof(byte[]) => "BLOB",
            _ => throw new NotSupportedException($"Column type '{type.Name}' has no SQLite mapping."),
        };
    }
}
