using System.Text.Json.Nodes;
using ApprenantAgile.Badges.Applications;
using ApprenantAgile.Platform.Modules;
using ApprenantAgile.Workflows.Activities;
using ApprenantAgile.Workflows.Execution;
using Microsoft.Extensions.Localization;

namespace ApprenantAgile.Badges.Activities;

/// <summary>
/// Adds the trainer who just approved (<c>Input.ReviewerId</c>) to <c>Properties.Approvers</c>.
/// "AlreadyApproved" when that trainer is already in the list, so a workflow that needs two
/// approvals can send a second approval by the same trainer back to the waiting user task.
/// </summary>
[Feature(ApplicationsFeature.Id)]
public sealed class RecordApprovalTask(IStringLocalizer<RecordApprovalTask> localizer) : TaskActivity(localizer)
{
    public const string RecordedOutcome = "Recorded";
    public const string AlreadyApprovedOutcome = "AlreadyApproved";
    public const string ApproversProperty = "Approvers";

    public override LocalizedString DisplayText => Localizer["Record the approval"];

    public override IEnumerable<Outcome> GetPossibleOutcomes() =>
        [new(RecordedOutcome, Localizer["Recorded"]), new(AlreadyApprovedOutcome, Localizer["Already approved by this trainer"])];

    /// <summary>Returns the user ids of the trainers who approved so far in this instance.</summary>
    public static IReadOnlyList<string> ApproversOf(JsonObject properties) =>
        (properties[ApproversProperty] as JsonArray ?? [])
            .Select(node => node?.GetValue<string>() ?? "")
            .Where(id => id.Length > 0)
            .ToList();

    public override Task<ActivityExecutionResult> ExecuteAsync(WorkflowExecutionContext workflowContext, ActivityContext activityContext, CancellationToken cancellationToken)
    {
        var reviewerId = workflowContext.InputString(ApplicationWorkflowInput.ReviewerId);
        if (reviewerId.Length == 0)
        {
            throw new InvalidOperationException(
                "RecordApprovalTask needs Input.ReviewerId. Place it after a review user task completed from the review inbox, which passes the trainer's id.");
        }

        var approvers = ApproversOf(workflowContext.Properties);
        if (approvers.Contains(reviewerId, StringComparer.Ordinal))
        {
            return Task.FromResult(Outcomes(AlreadyApprovedOutcome));
        }

        workflowContext.Properties[ApproversProperty] = new JsonArray([.. approvers.Append(reviewerId).Select(id => (JsonNode?)JsonValue.Create(id))]);
        return Task.FromResult(Outcomes(RecordedOutcome));
    }
}
