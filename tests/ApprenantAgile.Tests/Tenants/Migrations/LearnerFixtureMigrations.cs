using ApprenantAgile.Platform.Data.Migrations;
using ApprenantAgile.Platform.Data.Schema;
using ApprenantAgile.Platform.Modules;

[assembly: Module(
    Id = ApprenantAgile.Tests.Tenants.Migrations.LearnerFixtureMigrations.FeatureId,
    Name = "Learners fixture (tests only)",
    Category = "Tests",
    Dependencies = [PlatformFeatures.Core])]

namespace ApprenantAgile.Tests.Tenants.Migrations;

/// <summary>
/// A test-only feature's schema history. Version 1 created FixtureLearners(Id, Name, EnrolledUtc);
/// version 2 adds a nullable Email column and an index on it. The committed fixtures under
/// Fixtures/Migrations are databases left at version 1 with rows.
/// </summary>
public sealed class LearnerFixtureMigrations : DataMigration
{
    public const string FeatureId = "ApprenantAgile.Tests.LearnersFixture";

    public override int Create(SchemaBuilder schema)
    {
        schema.CreateTable("FixtureLearners", table => table
            .Identity()
            .Column<string>("Name", c => c.NotNull())
            .Column<DateTime>("EnrolledUtc"));

        return UpdateFrom1(schema);
    }

    public int UpdateFrom1(SchemaBuilder schema)
    {
        schema.AddColumn<string>("FixtureLearners", "Email", c => c.WithLength(254));
        schema.CreateIndex("IX_FixtureLearners_Email", "FixtureLearners", "Email");
        return 2;
    }
}
