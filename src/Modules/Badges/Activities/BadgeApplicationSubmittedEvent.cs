using ApprenantAgile.Badges.Applications;
using ApprenantAgile.Platform.Modules;
using ApprenantAgile.Workflows.Activities;
using Microsoft.Extensions.Localization;

namespace ApprenantAgile.Badges.Activities;

/// <summary>
/// Raised when a learner sends a draft application; starts the review workflow. The correlation id
/// is the application id, and the input carries the keys of <see cref="ApplicationWorkflowInput"/>.
/// </summary>
[Feature(ApplicationsFeature.Id)]
public sealed class BadgeApplicationSubmittedEvent(IStringLocalizer<BadgeApplicationSubmittedEvent> localizer) : EventActivity(localizer)
{
    public override LocalizedString DisplayText => Localizer["Badge application submitted"];
}
