using ApprenantAgile.Platform.Data.Migrations;
using ApprenantAgile.Platform.Data.Schema;
using ApprenantAgile.Platform.Modules;

namespace ApprenantAgile.Platform.Users.Models;

/// <summary>Tables of the Users feature: users, their roles and one-time sign-in links.</summary>
[Feature(PlatformFeatures.Users)]
public sealed class UsersMigrations : DataMigration
{
    public override int Create(SchemaBuilder schema)
    {
        schema.CreateTable("Users", table => table
                .Column<string>("Id", c => c.WithLength(36).NotNull())
                .Column<string>("UserName", c => c.WithLength(255).NotNull())
                .Column<string>("NormalizedUserName", c => c.WithLength(255).NotNull())
                .Column<string>("Email", c => c.WithLength(255))
                .Column<string>("NormalizedEmail", c => c.WithLength(255))
                .Column<bool>("EmailConfirmed")
                .Column<string>("PasswordHash")
                .Column<string>("SecurityStamp", c => c.WithLength(64).NotNull())
                .Column<bool>("IsEnabled")
                .Column<bool>("LockoutEnabled")
                .Column<DateTime?>("LockoutEnd")
                .Column<int>("AccessFailedCount")
                .Column<DateTime>("CreatedUtc"),
            "Id");
        schema.CreateUniqueIndex("IX_Users_NormalizedUserName", "Users", "NormalizedUserName");
        schema.CreateUniqueIndex("IX_Users_NormalizedEmail", "Users", "NormalizedEmail");

        schema.CreateTable("UserRoles", table => table
                .Column<string>("UserId", c => c.WithLength(36).NotNull())
                .Column<string>("RoleName", c => c.WithLength(255).NotNull()),
            "UserId", "RoleName");
        schema.CreateIndex("IX_UserRoles_RoleName", "UserRoles", "RoleName");

        schema.CreateTable("SignInLinks", table => table
            .Identity()
            .Column<string>("TokenHash", c => c.WithLength(64).NotNull())
            .Column<string>("UserId", c => c.WithLength(36).NotNull())
            .Column<DateTime>("CreatedUtc")
            .Column<DateTime>("ExpiresUtc")
            .Column<DateTime?>("UsedUtc"));
        schema.CreateUniqueIndex("IX_SignInLinks_TokenHash", "SignInLinks", "TokenHash");
        schema.CreateIndex("IX_SignInLinks_UserId", "SignInLinks", "UserId");

        return 1;
    }
}
