using ApprenantAgile.Workflows.Admin;
using ApprenantAgile.Workflows.Models;

namespace ApprenantAgile.Workflows.Editor;

/// <summary>A row of the workflow types list.</summary>
public sealed record WorkflowTypeListItem(WorkflowType Type, WorkflowInstanceCounts Instances);

/// <summary>The workflow types page: every type of the tenant, sorted by name.</summary>
public sealed record WorkflowTypeListViewModel(IReadOnlyList<WorkflowTypeListItem> Types);

/// <summary>The editor page of one workflow type; the script loads the type itself from the JSON API.</summary>
public sealed record WorkflowEditorViewModel(string WorkflowTypeId, string Name);

/// <summary>One page of a type's instances, newest first, optionally filtered by status.</summary>
public sealed record WorkflowInstancesViewModel(
    WorkflowType Type,
    IReadOnlyList<WorkflowSummary> Instances,
    WorkflowStatus? Status,
    int Skip,
    int PageSize,
    bool HasNextPage);

/// <summary>One instance with its history; <see cref="ActivityKinds"/> maps each activity id of the type to its kind's display text.</summary>
public sealed record WorkflowInstanceViewModel(
    WorkflowType Type,
    Workflow Workflow,
    IReadOnlyDictionary<string, string> ActivityKinds);
