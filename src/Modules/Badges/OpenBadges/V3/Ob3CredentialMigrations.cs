using ApprenantAgile.Platform.Data.Migrations;
using ApprenantAgile.Platform.Data.Schema;

namespace ApprenantAgile.Badges.OpenBadges.V3;

/// <summary>The table of signed Open Badges 3.0 credentials, on SQLite and PostgreSQL.</summary>
public sealed class Ob3CredentialMigrations : DataMigration
{
    public const string CredentialTable = "Ob3Credentials";
    public const string StatusListIndexIndex = "IX_Ob3Credentials_StatusListIndex";

    public override int Create(SchemaBuilder schema)
    {
        schema.CreateTable(CredentialTable, table => table
                .Column<string>(nameof(Ob3Credential.AssertionId), c => c.WithLength(32).NotNull())
                .Column<int>(nameof(Ob3Credential.StatusListIndex))
                .Column<string>(nameof(Ob3Credential.KeyId), c => c.WithLength(32).NotNull())
                .Column<string>(nameof(Ob3Credential.CredentialJson), c => c.NotNull())
                .Column<DateTime>(nameof(Ob3Credential.CreatedUtc)),
            nameof(Ob3Credential.AssertionId));

        // Two credentials must never share a status bit, or revoking one would revoke both.
        schema.CreateUniqueIndex(StatusListIndexIndex, CredentialTable, nameof(Ob3Credential.StatusListIndex));
        return 1;
    }
}
