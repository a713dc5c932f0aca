using ApprenantAgile.Badges.Applications;
using ApprenantAgile.Platform.Modules;
using ApprenantAgile.Platform.Users.Models;
using ApprenantAgile.Workflows.Activities;
using ApprenantAgile.Workflows.Execution;
using ApprenantAgile.Workflows.Expressions;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Localization;

namespace ApprenantAgile.Badges.Activities;

/// <summary>
/// Makes a trainer the application's reviewer, shown in the review inbox. <see cref="Reviewer"/> is a
/// Liquid template that gives a user id, user name or e-mail; when it is empty, the reviewer is the
/// trainer whose decision resumed the workflow (<c>Input.ReviewerId</c>). "NotFound" when no user matches.
/// </summary>
[Feature(ApplicationsFeature.Id)]
public sealed class AssignReviewerTask(
    IStringLocalizer<AssignReviewerTask> localizer,
    BadgeApplicationStore store,
    UserManager<User> users,
    IWorkflowExpressionEvaluator expressions,
    TimeProvider clock) : TaskActivity(localizer)
{
    public const string DoneOutcome = "Done";
    public const string NotFoundOutcome = "NotFound";

    public override LocalizedString DisplayText => Localizer["Assign a reviewer"];

    public string Reviewer
    {
        get => GetProperty("");
        set => SetProperty(value);
    }

    public override IReadOnlyList<ActivitySetting> Settings =>
        [new(nameof(Reviewer), ActivitySettingKind.Liquid, Localizer["Reviewer (user id, user name or e-mail; empty for the trainer who acted)"])];

    public override IEnumerable<Outcome> GetPossibleOutcomes() =>
        [new(DoneOutcome, Localizer["Done"]), new(NotFoundOutcome, Localizer["Not found"])];

    public override async Task<ActivityExecutionResult> ExecuteAsync(WorkflowExecutionContext workflowContext, ActivityContext activityContext, CancellationToken cancellationToken)
    {
        var reference = string.IsNullOrWhiteSpace(Reviewer)
            ? workflowContext.InputString(ApplicationWorkflowInput.ReviewerId)
            : (await expressions.RenderAsync(Reviewer, workflowContext, cancellationToken: cancellationToken)).Trim();
        var user = reference.Length == 0 ? null
            : await users.FindByIdAsync(reference) ?? await users.FindByNameAsync(reference) ?? await users.FindByEmailAsync(reference);
        if (user is null)
        {
            workflowContext.LastResult = $"No user matches '{reference}'.";
            return Outcomes(NotFoundOutcome);
        }

        var application = await store.LoadAsync(workflowContext, cancellationToken);
        application.ReviewerUserId = user.Id;
        application.ReviewerName = user.UserName;
        application.ModifiedUtc = clock.GetUtcNow().UtcDateTime;
        await store.SaveAsync(cancellationToken);
        return Outcomes(DoneOutcome);
    }
}
