using ApprenantAgile.Workflows.Models;
using Microsoft.AspNetCore.Mvc.Localization;

namespace ApprenantAgile.Workflows.Editor;

/// <summary>The names of instance statuses shown in the admin pages, in the view's culture.</summary>
public static class WorkflowStatusText
{
    public static string Localize(IViewLocalizer localizer, WorkflowStatus status) => status switch
    {
        WorkflowStatus.Idle => localizer.GetString("Not started"),
        WorkflowStatus.Executing => localizer.GetString("Executing"),
        WorkflowStatus.Halted => localizer.GetString("Waiting"),
        WorkflowStatus.Finished => localizer.GetString("Finished"),
        WorkflowStatus.Faulted => localizer.GetString("Faulted"),
        WorkflowStatus.Aborted => localizer.GetString("Aborted"),
        _ => status.ToString(),
    };
}
