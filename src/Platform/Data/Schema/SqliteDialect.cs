using System.Globalization;

namespace ApprenantAgile.Platform.Data.Schema;

/// <summary>SQLite types as EF Core's SQLite provider reads and writes them (dates as TEXT, booleans as INTEGER).</summary>
public sealed class SqliteDialect : ISqlDialect
{
    public string Quote(string identifier) => "\"" + identifier.Replace("\"", "\"\"") + "\"";

    public string ColumnSql(ColumnDefinition column)
    {
        if (column.IsIdentity)
        {
            return $"{Quote(column.Name)} INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT";
        }

        var sql = $"{Quote(column.Name)} {TypeOf(column.ClrType)}";
        if (!column.IsNullable)
        {
            sql += " NOT NULL";
        }

        if (column.DefaultValue is not null)
        {
            sql += " DEFAULT " + Literal(column.DefaultValue);
        }

        return sql;
    }

    public string CreateTableSql(string table, IReadOnlyList<ColumnDefinition> columns, IReadOnlyList<string> primaryKey)
    {
        var parts = columns.Select(ColumnSql).ToList();
        if (primaryKey.Count > 0)
        {
            parts.Add($"PRIMARY KEY ({string.Join(", ", primaryKey.Select(Quote))})");
        }

        return $"CREATE TABLE {Quote(table)} ({string.Join(", ", parts)})";
    }

    private static string TypeOf(Type type) => type switch
    {
        _ when type == typeof(string) || type == typeof(DateTime) || type == typeof(DateTimeOffset)
            || type == typeof(Guid) || type == typeof(decimal) => "TEXT",
        _ when type == typeof(int) || type == typeof(long) || type == typeof(bool) || type == typeof(short)
            || type.IsEnum => "INTEGER",
        _ when type == typeof(double) || type == typeof(float) => "REAL",
        _ when type == typeof(byte[]) => "BLOB",
        _ => throw new NotSupportedException($"Column type '{type.Name}' has no SQLite mapping."),
    };

    private static string Literal(object value) => value switch
    {
        string text => "'" + text.Replace("'", "''") + "'",
        bool flag => flag ? "1" : "0",
        IFormattable number => number.ToString(null, CultureInfo.InvariantCulture),
        _ => throw new NotSupportedException($"Default value '{value}' cannot be written as a SQLite literal."),
    };
}
