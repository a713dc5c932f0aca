-- A tenant database as version 1 of LearnerFixtureMigrations left it (see README.md).
-- Frozen: do not regenerate it from the current dialects, which may change.
CREATE TABLE "DataMigrationRecords" ("MigrationClass" TEXT NOT NULL, "Version" INTEGER NOT NULL, PRIMARY KEY ("MigrationClass"));
CREATE TABLE "Documents" ("Type" TEXT NOT NULL, "Content" TEXT NOT NULL, "Version" INTEGER NOT NULL, "ModifiedUtc" TEXT NOT NULL, PRIMARY KEY ("Type"));
CREATE TABLE "FixtureLearners" ("Id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT, "Name" TEXT NOT NULL, "EnrolledUtc" TEXT NOT NULL);
INSERT INTO "DataMigrationRecords" ("MigrationClass", "Version") VALUES
  ('ApprenantAgile.Platform.Data.Migrations.PlatformMigrations', 1),
  ('ApprenantAgile.Tests.Tenants.Migrations.LearnerFixtureMigrations', 1);
INSERT INTO "Documents" ("Type", "Content", "Version", "ModifiedUtc") VALUES
  ('FeaturesDocument', '{"enabled":["ApprenantAgile.Tests.LearnersFixture"]}', 1, '2026-11-02 09:00:00');
INSERT INTO "FixtureLearners" ("Name", "EnrolledUtc") VALUES
  ('Awa Diallo', '2026-09-01 08:30:00'),
  ('Bruno Lefèvre', '2026-09-15 13:00:00'),
  ('Chloé Martin', '2026-10-05 09:45:00');
