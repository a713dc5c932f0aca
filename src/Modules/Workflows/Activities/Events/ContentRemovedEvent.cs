using Microsoft.Extensions.Localization;

namespace ApprenantAgile.Workflows.Activities.Events;

/// <summary>Runs when a content item is removed; the content handlers trigger it with <see cref="ContentEventInput"/>.</summary>
public sealed class ContentRemovedEvent(IStringLocalizer<ContentRemovedEvent> localizer) : ContentEvent(localizer)
{
    public override LocalizedString DisplayText => Localizer["Content removed"];
}
