using Microsoft.Extensions.Localization;

namespace ApprenantAgile.Workflows.Activities.Events;

/// <summary>Runs when a content item is updated; the content handlers trigger it with <see cref="ContentEventInput"/>.</summary>
public sealed class ContentUpdatedEvent(IStringLocalizer<ContentUpdatedEvent> localizer) : ContentEvent(localizer)
{
    public override LocalizedString DisplayText => Localizer["Content updated"];
}
