using System.Globalization;
using System.Text;
using ApprenantAgile.Platform.Admin;
using ApprenantAgile.Platform.Security.Permissions;
using ApprenantAgile.Platform.Tenants;
using ApprenantAgile.Workflows.Activities;
using ApprenantAgile.Workflows.Admin;
using ApprenantAgile.Workflows.Data;
using ApprenantAgile.Workflows.Models;
using ApprenantAgile.Workflows.Validation;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Logging;

namespace ApprenantAgile.Workflows.Editor;

/// <summary>
/// The admin pages of workflow types: the list (with creation and enable/disable), the visual
/// editor and the instances with their history. The editor page saves through the JSON API of
/// <see cref="WorkflowAdminEndpoints"/>.
/// </summary>
[Route("admin/workflows/types")]
[RequirePermission(WorkflowPermissions.ManageWorkflowsName)]
public sealed class WorkflowEditorController(
    IWorkflowTypeStore typeStore,
    IWorkflowStore instanceStore,
    WorkflowInstanceCounter instanceCounter,
    WorkflowTypeValidator validator,
    IActivityLibrary activityLibrary,
    ITenantAccessor tenantAccessor,
    IStringLocalizer<WorkflowEditorController> localizer,
    ILogger<WorkflowEditorController> logger) : Controller
{
    /// <summary>Instances shown per page of the instances list.</summary>
    public const int InstancesPageSize = 50;

    [HttpGet("")]
    [AcceptsHtml]
    public async Task<IActionResult> Index(CancellationToken cancellationToken)
    {
        var types = await typeStore.ListAsync(cancellationToken);
        var counts = await instanceCounter.CountByTypeAsync(cancellationToken);
        var items = types
            .OrderBy(t => t.Name, StringComparer.CurrentCultureIgnoreCase)
            .Select(t => new WorkflowTypeListItem(t, counts.GetValueOrDefault(t.WorkflowTypeId, WorkflowInstanceCounts.None)))
            .ToList();
        return View(new WorkflowTypeListViewModel(items));
    }

    [HttpPost("create")]
    [ValidateAntiForgeryToken]
    public async Task<IActionResult> Create([FromForm] string? name, CancellationToken cancellationToken)
    {
        if (string.IsNullOrWhiteSpace(name))
        {
            TempData.AddError(localizer["Enter a name for the new workflow type."]);
            return RedirectToAction(nameof(Index));
        }

        // A new type has no start activity yet, so it is created disabled: the validator rejects an enabled type without one.
        var workflowType = new WorkflowType
        {
            WorkflowTypeId = await CreateUniqueIdAsync(name, cancellationToken),
            Name = name.Trim(),
            IsEnabled = false,
        };
        var errors = validator.Validate(workflowType, tenantAccessor.Current.EnabledFeatures);
        if (errors.Count > 0)
        {
            AddErrors(errors);
            return RedirectToAction(nameof(Index));
        }

        await typeStore.SaveAsync(workflowType, cancellationToken);
        logger.LogInformation("Tenant {Tenant}: workflow type {WorkflowTypeId} created by {User}",
            tenantAccessor.Current.Name, workflowType.WorkflowTypeId, User.Identity?.Name);
        return RedirectToAction(nameof(Edit), new { workflowTypeId = workflowType.WorkflowTypeId });
    }

    [HttpPost("{workflowTypeId}/enabled")]
    [ValidateAntiForgeryToken]
    public async Task<IActionResult> SetEnabled(string workflowTypeId, [FromForm] bool enabled, CancellationToken cancellationToken)
    {
        var workflowType = await typeStore.GetAsync(workflowTypeId, cancellationToken);
        if (workflowType is null)
        {
            return NotFound();
        }

        workflowType.IsEnabled = enabled;
        var errors = validator.Validate(workflowType, tenantAccessor.Current.EnabledFeatures);
        if (errors.Count > 0)
        {
            logger.LogInformation("Tenant {Tenant}: workflow type {WorkflowTypeId} was not {Change}: {ErrorCount} validation errors",
                tenantAccessor.Current.Name, workflowTypeId, enabled ? "enabled" : "disabled", errors.Count);
            TempData.AddError(localizer["The workflow type \"{0}\" was not changed:", workflowType.Name]);
            AddErrors(errors);
            return RedirectToAction(nameof(Index));
        }

        await typeStore.SaveAsync(workflowType, cancellationToken);
        logger.LogInformation("Tenant {Tenant}: workflow type {WorkflowTypeId} {Change} by {User}",
            tenantAccessor.Current.Name, workflowTypeId, enabled ? "enabled" : "disabled", User.Identity?.Name);
        TempData.AddSuccess(enabled
            ? localizer["The workflow type \"{0}\" is enabled.", workflowType.Name]
            : localizer["The workflow type \"{0}\" is disabled: it starts no new instance.", workflowType.Name]);
        return RedirectToAction(nameof(Index));
    }

    [HttpGet("{workflowTypeId}/edit")]
    public async Task<IActionResult> Edit(string workflowTypeId, CancellationToken cancellationToken) =>
        await typeStore.GetAsync(workflowTypeId, cancellationToken) is { } workflowType
            ? View(new WorkflowEditorViewModel(workflowType.WorkflowTypeId, workflowType.Name))
            : NotFound();

    [HttpGet("{workflowTypeId}/instances")]
    public async Task<IActionResult> Instances(string workflowTypeId, WorkflowStatus? status, int skip, CancellationToken cancellationToken)
    {
        var workflowType = await typeStore.GetAsync(workflowTypeId, cancellationToken);
        if (workflowType is null)
        {
            return NotFound();
        }

        skip = Math.Max(0, skip);

        // Reading one row more than a page shows whether a next page exists without counting every instance.
        var workflows = await instanceStore.ListAsync(
            new WorkflowQuery(workflowTypeId, status, Skip: skip, Take: InstancesPageSize + 1), cancellationToken);
        var page = workflows.Take(InstancesPageSize).Select(WorkflowSummary.From).ToList();
        return View(new WorkflowInstancesViewModel(workflowType, page, status, skip, InstancesPageSize, workflows.Count > InstancesPageSize));
    }

    [HttpGet("{workflowTypeId}/instances/{workflowId}")]
    public async Task<IActionResult> Instance(string workflowTypeId, string workflowId, CancellationToken cancellationToken)
    {
        var workflowType = await typeStore.GetAsync(workflowTypeId, cancellationToken);
        var workflow = await instanceStore.LoadAsync(workflowId, cancellationToken);
        if (workflowType is null || workflow is null || workflow.WorkflowTypeId != workflowTypeId)
        {
            return NotFound();
        }

        var kinds = workflowType.Activities.ToDictionary(
            a => a.ActivityId,
            a => activityLibrary.Create(a.Name, [])?.DisplayText.Value ?? a.Name,
            StringComparer.Ordinal);
        return View(new WorkflowInstanceViewModel(workflowType, workflow, kinds));
    }

    private void AddErrors(IEnumerable<WorkflowTypeValidationError> errors)
    {
        foreach (var error in errors)
        {
            TempData.AddError(error.Message);
        }
    }

    /// <summary>Turns the name into a URL-safe id ("Revue des demandes" gives "revue-des-demandes"), with a number appended when it is taken.</summary>
    private async Task<string> CreateUniqueIdAsync(string name, CancellationToken cancellationToken)
    {
        var slug = Slugify(name);
        if (slug.Length == 0)
        {
            slug = "workflow";
        }

        var existingIds = (await typeStore.ListAsync(cancellationToken)).Select(t => t.WorkflowTypeId).ToHashSet(StringComparer.Ordinal);
        var candidate = slug;
        for (var suffix = 2; existingIds.Contains(candidate); suffix++)
        {
            candidate = $"{slug}-{suffix}";
        }

        return candidate;
    }

    private static string Slugify(string text)
    {
        var builder = new StringBuilder();
        foreach (var character in text.Normalize(NormalizationForm.FormD))
        {
            if (CharUnicodeInfo.GetUnicodeCategory(character) == UnicodeCategory.NonSpacingMark)
            {
                continue;
            }

            if (char.IsAsciiLetterOrDigit(character))
            {
                builder.Append(char.ToLowerInvariant(character));
            }
            else if (builder.Length > 0 && builder[^1] != '-')
            {
                builder.Append('-');
            }
        }

        var slug = builder.ToString().Trim('-');
        return slug.Length > 60 ? slug[..60].TrimEnd('-') : slug;
    }
}
