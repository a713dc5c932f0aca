using ApprenantAgile.Platform.Security.Permissions;

namespace ApprenantAgile.Templates;

/// <summary>The permission to list, edit, preview and reset the site's template overrides.</summary>
public sealed class TemplatesPermissions : IPermissionProvider
{
    public const string ManageTemplatesName = "ManageTemplates";

    public static readonly Permission ManageTemplates = new(ManageTemplatesName, "Edit, preview and reset the site's Liquid template overrides", "Templates");

    public IEnumerable<Permission> GetPermissions() => [ManageTemplates];

    public IEnumerable<KeyValuePair<string, IEnumerable<Permission>>> GetDefaultStereotypes() =>
    [
        new(StandardRoles.Administrator, [ManageTemplates]),
    ];
}
