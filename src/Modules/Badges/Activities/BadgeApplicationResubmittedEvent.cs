using ApprenantAgile.Badges.Applications;
using ApprenantAgile.Platform.Modules;
using ApprenantAgile.Workflows.Activities;
using Microsoft.Extensions.Localization;

namespace ApprenantAgile.Badges.Activities;

/// <summary>
/// Raised when a learner sends again an application that trainers asked more of. A review workflow
/// waits on it after a request for more; the correlation id is the application id, and the input
/// has the learner's message as <see cref="ApplicationWorkflowInput.LearnerComment"/>.
/// </summary>
[Feature(ApplicationsFeature.Id)]
public sealed class BadgeApplicationResubmittedEvent(IStringLocalizer<BadgeApplicationResubmittedEvent> localizer) : EventActivity(localizer)
{
    public override LocalizedString DisplayText => Localizer["Badge application sent again"];
}
