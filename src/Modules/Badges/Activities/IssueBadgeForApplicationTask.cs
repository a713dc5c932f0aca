using ApprenantAgile.Badges.Abstractions;
using ApprenantAgile.Badges.Applications;
using ApprenantAgile.Badges.Issuing;
using ApprenantAgile.Platform.Modules;
using ApprenantAgile.Platform.Tenants;
using ApprenantAgile.Workflows.Activities;
using ApprenantAgile.Workflows.Execution;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Logging;

namespace ApprenantAgile.Badges.Activities;

/// <summary>
/// Issues the badge of the application through <see cref="IBadgeIssuer"/> with source key
/// "application:{id}", so that running it twice issues one assertion. On success the application
/// is Approved with the assertion's id, <c>Properties.AssertionUrl</c> contains the badge's link and
/// <c>Properties.MyBadgesUrl</c> the learner's "Mes badges" page, where the downloads are. The issuer
/// sends no e-mail: the workflow's own e-mail step announces the badge, so the learner gets one message.
/// "Failed" carries the error in LastResult, also when no <see cref="IBadgeIssuer"/> is registered.
/// The issuer runs in a tenant scope of its own: it saves and clears its own database context, which
/// must not save or detach the workflow and the application that this run is changing.
/// </summary>
[Feature(ApplicationsFeature.Id)]
public sealed class IssueBadgeForApplicationTask(
    IStringLocalizer<IssueBadgeForApplicationTask> localizer,
    BadgeApplicationStore store,
    IServiceScopeFactory scopeFactory,
    ITenantAccessor tenantAccessor,
    TimeProvider clock,
    ILogger<IssueBadgeForApplicationTask> logger) : TaskActivity(localizer)
{
    public const string IssuedOutcome = "Issued";
    public const string FailedOutcome = "Failed";
    public const string AssertionUrlProperty = "AssertionUrl";
    public const string AssertionIdProperty = "AssertionId";
    public const string MyBadgesUrlProperty = "MyBadgesUrl";

    public override LocalizedString DisplayText => Localizer["Issue the badge of the application"];

    public override IEnumerable<Outcome> GetPossibleOutcomes() =>
        [new(IssuedOutcome, Localizer["Issued"]), new(FailedOutcome, Localizer["Failed"])];

    // TODO: after "Failed" the default workflow only e-mails the trainers. The application stays in review
    // with no waiting task, so issuing it later needs a retry from the review inbox.
    public override async Task<ActivityExecutionResult> ExecuteAsync(WorkflowExecutionContext workflowContext, ActivityContext activityContext, CancellationToken cancellationToken)
    {
        var application = await store.LoadAsync(workflowContext, cancellationToken);

        await using var issuingScope = TenantScope.Create(scopeFactory, tenantAccessor.Current);

        // The issuer is optional so that a host without the issuing service still loads and validates review workflows.
        var issuer = issuingScope.ServiceProvider.GetServices<IBadgeIssuer>().LastOrDefault();
        if (issuer is null)
        {
            logger.LogError("Workflow {WorkflowId}: application {ApplicationId} was approved, but no badge issuer is registered", workflowContext.WorkflowId, application.Id);
            workflowContext.LastResult = "No IBadgeIssuer is registered on this host, so the badge was not issued. Deploy the badge issuing service.";
            return Outcomes(FailedOutcome);
        }

        var request = new IssueRequest
        {
            BadgeClassId = application.BadgeClassId,
            RecipientEmail = application.ApplicantEmail,
            RecipientName = application.ApplicantName,
            SourceKey = $"application:{application.Id}",
            Narrative = application.Narrative,
            Evidence = application.Evidence.Select(ToIssuedEvidence).ToList(),
            IssuedBy = workflowContext.InputString(ApplicationWorkflowInput.ReviewerId),
            EmailRecipient = false,
        };

        IssueResult result;
        try
        {
            result = await issuer.IssueAsync(request, cancellationToken);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            logger.LogError(ex, "Workflow {WorkflowId}: issuing the badge {BadgeClassId} of application {ApplicationId} failed",
                workflowContext.WorkflowId, application.BadgeClassId, application.Id);
            workflowContext.LastResult = ex.Message;
            return Outcomes(FailedOutcome);
        }

        application.Status = BadgeApplicationStatus.Approved;
        application.AssertionId = result.AssertionId;
        application.AssertionUrl = result.AssertionUrl.AbsoluteUri;
        application.DecidedUtc = clock.GetUtcNow().UtcDateTime;
        application.ModifiedUtc = application.DecidedUtc.Value;
        await store.SaveAsync(cancellationToken);

        workflowContext.Properties[AssertionIdProperty] = result.AssertionId;
        workflowContext.Properties[AssertionUrlProperty] = result.AssertionUrl.AbsoluteUri;
        workflowContext.Properties[MyBadgesUrlProperty] = issuingScope.ServiceProvider.GetRequiredService<Ob2Urls>().Absolute("/mes-badges").AbsoluteUri;
        workflowContext.Properties[ChangeApplicationStatusTask.StatusProperty] = nameof(BadgeApplicationStatus.Approved);
        logger.LogInformation("Workflow {WorkflowId}: application {ApplicationId} approved, assertion {AssertionId} (already issued: {AlreadyIssued})",
            workflowContext.WorkflowId, application.Id, result.AssertionId, result.AlreadyIssued);
        return Outcomes(IssuedOutcome);
    }

    /// <summary>
    /// Links and texts go into the badge. A file is described by a narrative only, because its download
    /// is reserved to the learner and the centre's reviewers and would not open for a verifier.
    /// OB 2.0 evidence needs a URL or a narrative.
    /// </summary>
    private EvidenceItem ToIssuedEvidence(ApplicationEvidence evidence) => evidence.Kind switch
    {
        EvidenceKind.Link => new EvidenceItem(evidence.Title, null, null, new Uri(evidence.Url!)),
        EvidenceKind.Text => new EvidenceItem(evidence.Title, null, evidence.Text, null),
        _ => new EvidenceItem(evidence.Title, evidence.ContentType,
            Localizer["File \"{0}\" ({1}), kept by the centre that reviewed the application.", evidence.Title, evidence.ContentType ?? ""].Value, null),
    };
}
