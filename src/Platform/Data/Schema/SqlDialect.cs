using System.Globalization;

namespace ApprenantAgile.Platform.Data.Schema;

/// <summary>What both engines write alike: quoting, CREATE TABLE and column clauses; types and literals differ.</summary>
public abstract class SqlDialect : ISqlDialect
{
    public string Quote(string identifier) => "\"" + identifier.Replace("\"", "\"\"") + "\"";

    public string ColumnSql(ColumnDefinition column)
    {
        if (column.IsIdentity)
        {
            return $"{Quote(column.Name)} {IdentityColumnType}";
        }

        var sql = $"{Quote(column.Name)} {TypeOf(column)}";
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

    /// <summary>Type and constraints of an auto-incremented 64-bit primary key.</summary>
    protected abstract string IdentityColumnType { get; }

    protected abstract string TypeOf(ColumnDefinition column);

    protected abstract string BooleanLiteral(bool value);

    private string Literal(object value) => value switch
    {
        string text => "'" + text.Replace("'", "''") + "'",
        bool flag => BooleanLiteral(flag),
        IFormattable number => number.ToString(null, CultureInfo.InvariantCulture),
        _ => throw new NotSupportedException($"Default value '{value}' of type {value.GetType().Name} cannot be written as a SQL literal."),
    };
}
