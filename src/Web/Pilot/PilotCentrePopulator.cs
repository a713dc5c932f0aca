using ApprenantAgile.Badges.Abstractions;
using ApprenantAgile.Badges.Applications;
using ApprenantAgile.Badges.Review;
using ApprenantAgile.Platform.Security.Permissions;
using ApprenantAgile.Platform.Tenants;
using ApprenantAgile.Platform.Users.Models;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Localization;

namespace ApprenantAgile.Web.Pilot;

/// <summary>
/// Fills one running centre: the trainers and learners through the UserManager, then each learner's
/// application through <see cref="BadgeApplicationService"/> and the trainers' decisions through
/// <see cref="ReviewService"/>, so the review workflow runs and an approval issues a real badge.
/// Each action runs in a service scope of its own, as each would in its own HTTP request. A user or
/// an application that exists is left as it is.
/// </summary>
public sealed class PilotCentrePopulator(
    TenantHost host,
    IStringLocalizer<PilotCentrePopulator> localizer,
    ILogger<PilotCentrePopulator> logger)
{
    public async Task PopulateAsync(PilotCentre centre, int centreIndex, IReadOnlyList<PilotPerson> people, string password,
        PilotSetupReport report, CancellationToken cancellationToken)
    {
        var badges = await InScopeAsync(centre, services => services.GetRequiredService<IBadgeClassProvider>().ListAsync(cancellationToken));
        if (badges.Count == 0)
        {
            report.Errors.Add(localizer["The centre \"{0}\" has no badge class, so its learners cannot apply. Check that the national catalogue is set up.", centre.Name]);
            return;
        }

        var trainers = new List<Reviewer>();
        var learners = new List<(User User, PilotPerson Person)>();
        foreach (var person in people)
        {
            var user = await InScopeAsync(centre, services => EnsureUserAsync(services.GetRequiredService<UserManager<User>>(), centre, person, password, report));
            if (user is null)
            {
                return;
            }

            if (person.IsTrainer)
            {
                trainers.Add(new Reviewer(user.Id, user.UserName, [StandardRoles.Formateur]));
            }
            else
            {
                learners.Add((user, person));
            }
        }

        for (var i = 0; i < learners.Count; i++)
        {
            var (user, person) = learners[i];
            var existing = await InScopeAsync(centre, services =>
                services.GetRequiredService<BadgeApplicationStore>().ListByApplicantAsync(user.Id, cancellationToken));
            if (existing.Count > 0)
            {
                continue;
            }

            var badge = badges[(centreIndex + i) % badges.Count];
            var applicant = new Applicant(user.Id, user.Email!, user.UserName);
            var error = await RunScenarioAsync(centre, person.Scenario!.Value, applicant, badge, trainers, report, cancellationToken);
            if (error is not null)
            {
                report.Errors.Add(localizer["Centre \"{0}\", learner {1}: {2}", centre.Name, user.UserName, error]);
            }
        }
    }

    private async Task<User?> EnsureUserAsync(UserManager<User> users, PilotCentre centre, PilotPerson person, string password, PilotSetupReport report)
    {
        var existing = await users.FindByNameAsync(person.UserName);
        if (existing is not null)
        {
            return existing;
        }

        var user = new User { UserName = person.UserName, Email = $"{person.UserName}@{centre.Name}.example", EmailConfirmed = true };
        var result = await users.CreateAsync(user, password);
        if (result.Succeeded)
        {
            result = await users.AddToRoleAsync(user, person.IsTrainer ? StandardRoles.Formateur : StandardRoles.Apprenant);
        }

        if (!result.Succeeded)
        {
            report.Errors.Add(localizer["Centre \"{0}\": the account {1} could not be created: {2}",
                centre.Name, person.UserName, string.Join(" ", result.Errors.Select(e => e.Description))]);
            return null;
        }

        report.UsersCreated++;
        return user;
    }

    /// <summary>Takes a new application to the scenario's status; returns the first error, or null.</summary>
    private async Task<string?> RunScenarioAsync(PilotCentre centre, PilotScenario scenario, Applicant applicant, BadgeClassInfo badge,
        IReadOnlyList<Reviewer> trainers, PilotSetupReport report, CancellationToken cancellationToken)
    {
        // The learner writes a draft with one piece of evidence.
        var (applicationId, draftError) = await InScopeAsync<(string? Id, string? Error)>(centre, async services =>
        {
            var applications = services.GetRequiredService<BadgeApplicationService>();
            var narrative = localizer["In my training at the centre I practised what the badge \"{0}\" describes, and I kept traces of it.", badge.Name];
            var (application, created) = await applications.CreateDraftAsync(applicant, badge.Id, narrative, cancellationToken);
            if (application is null)
            {
                return (null, created.ErrorMessage);
            }

            report.ApplicationsCreated++;
            var evidence = await applications.AddTextAsync(application, localizer["What I did"],
                localizer["I described the steps of my project, what went well and what I would change next time."], cancellationToken);
            return (application.Id, evidence.ErrorMessage);
        });
        if (applicationId is null || draftError is not null || scenario == PilotScenario.Draft)
        {
            return draftError;
        }

        // The learner sends it, which starts the review workflow.
        var submitted = await InScopeAsync(centre, async services =>
        {
            var application = await services.GetRequiredService<BadgeApplicationStore>().GetAsync(applicationId, cancellationToken);
            return await services.GetRequiredService<BadgeApplicationService>().SubmitAsync(application!, applicant, null, cancellationToken);
        });
        if (!submitted.Succeeded || scenario == PilotScenario.InReview)
        {
            return submitted.ErrorMessage;
        }

        // The trainers decide.
        var decision = scenario switch
        {
            PilotScenario.ChangesRequested => await DecideAsync(centre, applicationId, ReviewActions.RequestChanges,
                localizer["Add a photo or a document that shows the result."], trainers[0], cancellationToken),
            PilotScenario.Refused => await DecideAsync(centre, applicationId, ReviewActions.Refuse,
                localizer["The evidence does not show the skill yet. Talk about it with your trainer."], trainers[0], cancellationToken),
            _ => await ApproveAsync(centre, applicationId, trainers, cancellationToken),
        };
        if (!decision.Succeeded || scenario != PilotScenario.Approved)
        {
            return decision.ErrorMessage;
        }

        var approved = await ReadAsync(centre, applicationId, cancellationToken);
        if (approved?.AssertionId is null)
        {
            logger.LogError("Pilot application {ApplicationId} on tenant {Tenant} was approved but no badge was issued (status {Status})",
                applicationId, centre.Name, approved?.Status);
            return localizer["The application was approved but no badge was issued. Read the log of the review workflow."];
        }

        report.BadgesIssued++;
        return null;
    }

    /// <summary>Approves with the first trainer, and with the second when the workflow requires two approvals (badges of the "architecte" level).</summary>
    private async Task<ApplicationResult> ApproveAsync(PilotCentre centre, string applicationId, IReadOnlyList<Reviewer> trainers, CancellationToken cancellationToken)
    {
        var result = ApplicationResult.Success;
        foreach (var trainer in trainers)
        {
            result = await DecideAsync(centre, applicationId, ReviewActions.Approve, null, trainer, cancellationToken);
            if (!result.Succeeded || (await ReadAsync(centre, applicationId, cancellationToken))?.Status != BadgeApplicationStatus.InReview)
            {
                return result;
            }
        }

        return result;
    }

    private Task<ApplicationResult> DecideAsync(PilotCentre centre, string applicationId, string action, string? comment, Reviewer trainer,
        CancellationToken cancellationToken) =>
        InScopeAsync(centre, services => services.GetRequiredService<ReviewService>().DecideAsync(applicationId, action, comment, trainer, cancellationToken));

    private Task<BadgeApplication?> ReadAsync(PilotCentre centre, string applicationId, CancellationToken cancellationToken) =>
        InScopeAsync(centre, services => services.GetRequiredService<BadgeApplicationStore>().GetAsync(applicationId, cancellationToken));

    private async Task<T> InScopeAsync<T>(PilotCentre centre, Func<IServiceProvider, Task<T>> action)
    {
        await using var scope = await host.CreateScopeAsync(centre.Name);
        return await action(scope.ServiceProvider);
    }
}
