using ApprenantAgile.Platform.Data.Migrations;
using ApprenantAgile.Platform.Data.Schema;
using ApprenantAgile.Platform.Modules;

namespace ApprenantAgile.Badges.Applications.Data;

/// <summary>
/// Tables of badge applications: one row per application, its evidence items and its thread in
/// two child tables, so that adding a comment or a file never rewrites the application row.
/// </summary>
[Feature(ApplicationsFeature.Id)]
public sealed class ApplicationsMigrations : DataMigration
{
    public const string ApplicationsTable = "BadgeApplications";
    public const string EvidenceTable = "BadgeApplicationEvidence";
    public const string ThreadTable = "BadgeApplicationThread";

    public override int Create(SchemaBuilder schema)
    {
        schema.CreateTable(ApplicationsTable, table => table
                .Column<string>(nameof(BadgeApplication.Id), c => c.WithLength(32).NotNull())
                .Column<string>(nameof(BadgeApplication.ApplicantUserId), c => c.WithLength(64).NotNull())
                .Column<string>(nameof(BadgeApplication.ApplicantEmail), c => c.WithLength(255).NotNull())
                .Column<string>(nameof(BadgeApplication.ApplicantName), c => c.WithLength(255).NotNull())
                .Column<string>(nameof(BadgeApplication.BadgeClassId), c => c.WithLength(64).NotNull())
                .Column<string>(nameof(BadgeApplication.BadgeName), c => c.WithLength(255).NotNull())
                .Column<string>(nameof(BadgeApplication.BadgeLevel), c => c.WithLength(64).NotNull())
                .Column<string>(nameof(BadgeApplication.Narrative), c => c.NotNull())
                .Column<int>(nameof(BadgeApplication.Status))
                .Column<string>(nameof(BadgeApplication.ReviewerUserId), c => c.WithLength(64))
                .Column<string>(nameof(BadgeApplication.ReviewerName), c => c.WithLength(255))
                .Column<string>(nameof(BadgeApplication.AssertionId), c => c.WithLength(255))
                .Column<string>(nameof(BadgeApplication.AssertionUrl), c => c.WithLength(2048))
                .Column<DateTime>(nameof(BadgeApplication.CreatedUtc))
                .Column<DateTime>(nameof(BadgeApplication.ModifiedUtc))
                .Column<DateTime?>(nameof(BadgeApplication.SubmittedUtc))
                .Column<DateTime?>(nameof(BadgeApplication.DecidedUtc)),
            nameof(BadgeApplication.Id));
        schema.CreateIndex("IX_BadgeApplications_ApplicantUserId", ApplicationsTable, nameof(BadgeApplication.ApplicantUserId));
        schema.CreateIndex("IX_BadgeApplications_Status", ApplicationsTable, nameof(BadgeApplication.Status), nameof(BadgeApplication.SubmittedUtc));

        schema.CreateTable(EvidenceTable, table => table
                .Column<string>(nameof(ApplicationEvidence.Id), c => c.WithLength(32).NotNull())
                .Column<string>(nameof(ApplicationEvidence.ApplicationId), c => c.WithLength(32).NotNull())
                .Column<int>(nameof(ApplicationEvidence.Kind))
                .Column<string>(nameof(ApplicationEvidence.Title), c => c.WithLength(255).NotNull())
                .Column<string>(nameof(ApplicationEvidence.ContentType), c => c.WithLength(64))
                .Column<long>(nameof(ApplicationEvidence.Length))
                .Column<string>(nameof(ApplicationEvidence.StoredName), c => c.WithLength(64))
                .Column<string>(nameof(ApplicationEvidence.Url), c => c.WithLength(2048))
                .Column<string>(nameof(ApplicationEvidence.Text))
                .Column<DateTime>(nameof(ApplicationEvidence.CreatedUtc)),
            nameof(ApplicationEvidence.Id));
        schema.CreateIndex("IX_BadgeApplicationEvidence_ApplicationId", EvidenceTable, nameof(ApplicationEvidence.ApplicationId));

        schema.CreateTable(ThreadTable, table => table
            .Identity()
            .Column<string>(nameof(ApplicationThreadEntry.ApplicationId), c => c.WithLength(32).NotNull())
            .Column<string>(nameof(ApplicationThreadEntry.AuthorUserId), c => c.WithLength(64).NotNull())
            .Column<string>(nameof(ApplicationThreadEntry.AuthorName), c => c.WithLength(255).NotNull())
            .Column<int>(nameof(ApplicationThreadEntry.Kind))
            .Column<string>(nameof(ApplicationThreadEntry.Action), c => c.WithLength(255).NotNull())
            .Column<string>(nameof(ApplicationThreadEntry.Comment), c => c.NotNull())
            .Column<DateTime>(nameof(ApplicationThreadEntry.CreatedUtc)));
        schema.CreateIndex("IX_BadgeApplicationThread_ApplicationId", ThreadTable, nameof(ApplicationThreadEntry.ApplicationId));

        return 1;
    }
}
