using ApprenantAgile.Badges.Issuers;
using ApprenantAgile.Platform.Contents.Metadata;
using ApprenantAgile.Platform.Contents.Parts;

namespace ApprenantAgile.Badges.BadgeClasses;

/// <summary>
/// The content types of the Badges module. They are defined from code, on first use (catalogue
/// import, synchronisation, the first local class or issuer profile), because a data migration
/// only changes tables.
/// </summary>
public static class BadgeContentTypes
{
    public const string BadgeClass = "BadgeClass";

    public const string IssuerProfile = "IssuerProfile";

    /// <summary>Creates or updates both types; harmless to call again.</summary>
    public static async Task EnsureDefinedAsync(IContentDefinitionManager definitions, CancellationToken cancellationToken)
    {
        if (await definitions.GetTypeDefinitionAsync(BadgeClass, cancellationToken) is null)
        {
            // Not creatable or listable: the generic content admin would bypass the national read-only rule.
            // Versionable: a new catalogue version keeps the previous texts as history rows.
            await definitions.AlterTypeDefinitionAsync(BadgeClass, type => type
                .DisplayedAs("Badge class")
                .Creatable(false)
                .Listable(false)
                .Versionable()
                .WithPart(TitlePart.PartName)
                .WithPart(BadgeClassPart.PartName), cancellationToken);
        }

        if (await definitions.GetTypeDefinitionAsync(IssuerProfile, cancellationToken) is null)
        {
            await definitions.AlterTypeDefinitionAsync(IssuerProfile, type => type
                .DisplayedAs("Issuer profile")
                .Creatable(false)
                .Listable(false)
                .WithPart(TitlePart.PartName)
                .WithPart(IssuerProfilePart.PartName), cancellationToken);
        }
    }
}
