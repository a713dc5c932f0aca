using ApprenantAgile.Platform.Data.Migrations;
using ApprenantAgile.Platform.Data.Schema;

namespace ApprenantAgile.Badges.Assertions;

/// <summary>Tables of issued assertions and of the issuing feature's secrets, on SQLite and PostgreSQL.</summary>
public sealed class AssertionMigrations : DataMigration
{
    public const string AssertionTable = "AssertionIndex";
    public const string SecretTable = "AssertionSecrets";
    public const string SourceKeyIndex = "IX_AssertionIndex_SourceKey";

    public override int Create(SchemaBuilder schema)
    {
        schema.CreateTable(AssertionTable, table => table
                .Column<string>(nameof(AssertionIndex.AssertionId), c => c.WithLength(32).NotNull())
                .Column<string>(nameof(AssertionIndex.BadgeClassId), c => c.WithLength(64).NotNull())
                .Column<string>(nameof(AssertionIndex.RecipientHash), c => c.WithLength(71).NotNull())
                .Column<string>(nameof(AssertionIndex.RecipientSalt), c => c.WithLength(64).NotNull())
                .Column<string>(nameof(AssertionIndex.ProtectedRecipientEmail), c => c.NotNull())
                .Column<string>(nameof(AssertionIndex.RecipientLookup), c => c.WithLength(64).NotNull())
                .Column<string>(nameof(AssertionIndex.RecipientName), c => c.WithLength(255))
                .Column<int>(nameof(AssertionIndex.Status))
                .Column<DateTime>(nameof(AssertionIndex.IssuedUtc))
                .Column<DateTime?>(nameof(AssertionIndex.ExpiresUtc))
                .Column<string>(nameof(AssertionIndex.RevocationReason))
                .Column<DateTime?>(nameof(AssertionIndex.RevokedUtc))
                .Column<string>(nameof(AssertionIndex.SourceKey), c => c.WithLength(255).NotNull())
                .Column<string>(nameof(AssertionIndex.IssuedBy), c => c.WithLength(36))
                .Column<string>(nameof(AssertionIndex.Narrative))
                .Column<string>(nameof(AssertionIndex.EvidenceJson), c => c.NotNull())
                .Column<string>(nameof(AssertionIndex.BadgeClassSnapshotJson), c => c.NotNull())
                .Column<string>(nameof(AssertionIndex.CatalogueVersion), c => c.WithLength(64))
                .Column<string>(nameof(AssertionIndex.SignedJws), c => c.NotNull()),
            nameof(AssertionIndex.AssertionId));

        // The unique index is what makes IBadgeIssuer idempotent under concurrency: a second insert with the same key fails.
        schema.CreateUniqueIndex(SourceKeyIndex, AssertionTable, nameof(AssertionIndex.SourceKey));
        schema.CreateIndex("IX_AssertionIndex_BadgeClassId", AssertionTable, nameof(AssertionIndex.BadgeClassId), nameof(AssertionIndex.CatalogueVersion));
        schema.CreateIndex("IX_AssertionIndex_RecipientLookup", AssertionTable, nameof(AssertionIndex.RecipientLookup));
        schema.CreateIndex("IX_AssertionIndex_Status_IssuedUtc", AssertionTable, nameof(AssertionIndex.Status), nameof(AssertionIndex.IssuedUtc));

        schema.CreateTable(SecretTable, table => table
                .Column<string>(nameof(AssertionSecret.Name), c => c.WithLength(64).NotNull())
                .Column<string>(nameof(AssertionSecret.ProtectedValue), c => c.NotNull())
                .Column<DateTime>(nameof(AssertionSecret.CreatedUtc)),
            nameof(AssertionSecret.Name));

        return 1;
    }
}
