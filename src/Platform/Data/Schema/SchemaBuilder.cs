using ApprenantAgile.Platform.Tenants;

namespace ApprenantAgile.Platform.Data.Schema;

/// <summary>
/// What a data migration uses to change its tables, in the same words on SQLite and PostgreSQL.
/// Commands are collected, then run by the migration manager in the step's transaction.
/// </summary>
public sealed class SchemaBuilder(DatabaseProvider provider)
{
    private readonly List<string> _commands = [];

    public DatabaseProvider Provider { get; } = provider;

    public ISqlDialect Dialect { get; } = provider == DatabaseProvider.Postgres ? new PostgresDialect() : new SqliteDialect();

    public IReadOnlyList<string> Commands => _commands;

    public SchemaBuilder CreateTable(string table, Action<TableBuilder> build, params string[] primaryKey)
    {
        var builder = new TableBuilder();
        build(builder);
        _commands.Add(Dialect.CreateTableSql(table, builder.Columns, primaryKey));
        return this;
    }

    public SchemaBuilder AddColumn<T>(string table, string column, Action<ColumnDefinition>? configure = null)
    {
        var builder = new TableBuilder().Column<T>(column, configure);
        _commands.Add($"ALTER TABLE {Dialect.Quote(table)} ADD COLUMN {Dialect.ColumnSql(builder.Columns[0])}");
        return this;
    }

    public SchemaBuilder CreateIndex(string name, string table, params string[] columns) =>
        AddIndex(name, table, columns, unique: false);

    public SchemaBuilder CreateUniqueIndex(string name, string table, params string[] columns) =>
        AddIndex(name, table, columns, unique: true);

    public SchemaBuilder DropTable(string table)
    {
        _commands.Add($"DROP TABLE {Dialect.Quote(table)}");
        return this;
    }

    /// <summary>Runs raw SQL; give both forms when the engines differ.</summary>
    public SchemaBuilder Sql(string sqlite, string? postgres = null)
    {
        _commands.Add(Provider == DatabaseProvider.Postgres ? postgres ?? sqlite : sqlite);
        return this;
    }

    private SchemaBuilder AddIndex(string name, string table, string[] columns, bool unique)
    {
        var columnList = string.Join(", ", columns.Select(Dialect.Quote));
        _commands.Add($"CREATE {(unique ? "UNIQUE " : "")}INDEX {Dialect.Quote(name)} ON {Dialect.Quote(table)} ({columnList})");
        return this;
    }
}
