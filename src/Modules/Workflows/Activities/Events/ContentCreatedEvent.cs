using Microsoft.Extensions.Localization;

namespace ApprenantAgile.Workflows.Activities.Events;

/// <summary>Runs when a content item is created; the content handlers trigger it with <see cref="ContentEventInput"/>.</summary>
public sealed class ContentCreatedEvent(IStringLocalizer<ContentCreatedEvent> localizer) : ContentEvent(localizer)
{
    public override LocalizedString DisplayText => Localizer["Content created"];
}
