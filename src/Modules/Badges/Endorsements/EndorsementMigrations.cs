using ApprenantAgile.Platform.Contents;
using ApprenantAgile.Platform.Data.Migrations;
using ApprenantAgile.Platform.Data.Schema;

namespace ApprenantAgile.Badges.Endorsements;

/// <summary>
/// The table of endorsements that a tenant signed. Every tenant with the Badges feature gets it, but only
/// the national tenant writes to it.
/// </summary>
public sealed class EndorsementMigrations : DataMigration
{
    public const string EndorsementTable = "Endorsements";

    public override int Create(SchemaBuilder schema)
    {
        schema.CreateTable(EndorsementTable, table => table
                .Column<string>(nameof(Endorsement.Id), c => c.WithLength(32).NotNull())
                .Column<string>(nameof(Endorsement.CentreTenant), c => c.WithLength(255).NotNull())
                .Column<int>(nameof(Endorsement.SubjectKind))
                .Column<string>(nameof(Endorsement.BadgeClassId), c => c.WithLength(ContentItemIds.MaxLength))
                .Column<string>(nameof(Endorsement.SubjectId), c => c.WithLength(1024).NotNull())
                .Column<string>(nameof(Endorsement.SubjectName), c => c.NotNull())
                .Column<string>(nameof(Endorsement.Comment), c => c.NotNull())
                .Column<int>(nameof(Endorsement.StatusListIndex))
                .Column<string>(nameof(Endorsement.KeyId), c => c.WithLength(32).NotNull())
                .Column<string>(nameof(Endorsement.CredentialJson), c => c.NotNull())
                .Column<DateTime>(nameof(Endorsement.CreatedUtc))
                .Column<string>(nameof(Endorsement.CreatedBy), c => c.WithLength(255).NotNull())
                .Column<DateTime?>(nameof(Endorsement.WithdrawnUtc)),
            nameof(Endorsement.Id));

        // Two endorsements must never share a status bit, or withdrawing one would withdraw both.
        schema.CreateUniqueIndex("IX_Endorsements_StatusListIndex", EndorsementTable, nameof(Endorsement.StatusListIndex));
        schema.CreateIndex("IX_Endorsements_CentreTenant", EndorsementTable, nameof(Endorsement.CentreTenant));
        return 1;
    }
}
