using ApprenantAgile.Platform.Admin.Navigation;
using ApprenantAgile.Workflows.Admin;
using Microsoft.Extensions.Localization;

namespace ApprenantAgile.Workflows.Editor;

/// <summary>Adds "Workflows" to the admin menu for users who may edit workflow types.</summary>
public sealed class WorkflowsNavigationProvider(IStringLocalizer<WorkflowsNavigationProvider> localizer) : INavigationProvider
{
    public void BuildNavigation(NavigationBuilder builder) =>
        builder.Add(localizer["Workflows"], "~/admin/workflows/types", position: 50,
            permission: WorkflowPermissions.ManageWorkflowsName, group: localizer["Configuration"]);
}
