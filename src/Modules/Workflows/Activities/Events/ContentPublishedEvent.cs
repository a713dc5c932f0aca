using Microsoft.Extensions.Localization;

namespace ApprenantAgile.Workflows.Activities.Events;

/// <summary>Runs when a content item is published; the content handlers trigger it with <see cref="ContentEventInput"/>.</summary>
public sealed class ContentPublishedEvent(IStringLocalizer<ContentPublishedEvent> localizer) : ContentEvent(localizer)
{
    public override LocalizedString DisplayText => Localizer["Content published"];
}
