using ApprenantAgile.Platform.Modules;


[assembly: Module(
    Id = PlatformFeatures.Core,
    Name = "Platform core",
    Description = "Tenants, features, documents store and the admin shell.",
    Category = "Platform",
    IsAlwaysEnabled = true)]

[assembly: Feature(Id = PlatformFeatures.Contents, Name = "Contents", Category = "Content",
    Description = "Content items with drafts, versions and the content admin.", Dependencies = [PlatformFeatures.Core], IsAlwaysEnabled = true)]
[assembly: Feature(Id = PlatformFeatures.ContentTypes, Name = "Content types editor", Category = "Content",
    Description = "Edit content types, parts and fields in the admin.", Dependencies = [PlatformFeatures.Contents])]
[assembly: Feature(Id = PlatformFeatures.Users, Name = "Users and roles", Category = "Security",
    Description = "Sign-in, users, roles and permissions of the tenant.", Dependencies = [PlatformFeatures.Core], IsAlwaysEnabled = true)]
[assembly: Feature(Id = PlatformFeatures.Recipes, Name = "Recipes", Category = "Deployment",
    Description = "Runs recipes that set up or change a tenant.", Dependencies = [PlatformFeatures.Core], IsAlwaysEnabled = true)]
[assembly: Feature(Id = PlatformFeatures.Deployment, Name = "Export and import", Category = "Deployment",
    Description = "Export the tenant as a recipe and import recipes in the admin.", Dependencies = [PlatformFeatures.Recipes])]
[assembly: Feature(Id = PlatformFeatures.Tenants, Name = "Tenants", Category = "Platform",
    Description = "Create and manage the centres' tenants.", Dependencies = [PlatformFeatures.Core], DefaultTenantOnly = true)]

namespace ApprenantAgile.Platform.Modules
{
    /// <summary>Ids of the platform's features, for [Feature] attributes and recipes.</summary>
    public static class PlatformFeatures
    {
        public const string Core = "ApprenantAgile.Platform";
        public const string Contents = "ApprenantAgile.Contents";
        public const string ContentTypes = "ApprenantAgile.ContentTypes";
        public const string Users = "ApprenantAgile.Users";
        public const string Recipes = "ApprenantAgile.Recipes";
        public const string Deployment = "ApprenantAgile.Deployment";
        public const string Tenants = "ApprenantAgile.Tenants";
    }
}
