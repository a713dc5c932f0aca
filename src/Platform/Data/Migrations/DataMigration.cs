using ApprenantAgile.Platform.Data.Schema;

namespace ApprenantAgile.Platform.Data.Migrations;

/// <summary>
/// A feature's schema history, Orchard style: <see cref="Create"/> builds the latest schema on a
/// new database and returns its version; each public <c>int UpdateFromN(SchemaBuilder)</c> method
/// upgrades a database at version N and returns the next version. The class belongs to its
/// module's main feature unless it carries a [Feature] attribute.
/// </summary>
public abstract class DataMigration
{
    public abstract int Create(SchemaBuilder schema);
}
