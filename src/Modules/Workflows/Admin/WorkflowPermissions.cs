using ApprenantAgile.Platform.Security.Permissions;

namespace ApprenantAgile.Workflows.Admin;

/// <summary>The right to edit workflow types and read instances; administrators get it.</summary>
public sealed class WorkflowPermissions : IPermissionProvider
{
    public const string ManageWorkflowsName = "ManageWorkflows";

    public static readonly Permission ManageWorkflows = new(ManageWorkflowsName, "Edit workflow types and read their instances", "Workflows");

    public IEnumerable<Permission> GetPermissions() => [ManageWorkflows];

    public IEnumerable<KeyValuePair<string, IEnumerable<Permission>>> GetDefaultStereotypes() =>
        [new(StandardRoles.Administrator, [ManageWorkflows])];
}
