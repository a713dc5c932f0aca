namespace ApprenantAgile.Platform.Data.Schema;

/// <summary>Renders schema commands for one database engine.</summary>
public interface ISqlDialect
{
    string Quote(string identifier);

    string ColumnSql(ColumnDefinition column);

    string CreateTableSql(string table, IReadOnlyList<ColumnDefinition> columns, IReadOnlyList<string> primaryKey);
}
