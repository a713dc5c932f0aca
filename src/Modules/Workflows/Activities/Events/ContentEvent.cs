using ApprenantAgile.Workflows.Execution;
using Microsoft.Extensions.Localization;

namespace ApprenantAgile.Workflows.Activities.Events;

/// <summary>
/// Base of the content events: runs for the content types listed in <see cref="ContentTypes"/>,
/// or for every type when the list is empty. The content type comes from the trigger's input.
/// </summary>
public abstract class ContentEvent(IStringLocalizer localizer) : EventActivity(localizer)
{
    public IReadOnlyList<string> ContentTypes
    {
        get => GetProperty<IReadOnlyList<string>>([]);
        set => SetProperty(value);
    }

    public override IReadOnlyList<ActivitySetting> Settings =>
        [new(nameof(ContentTypes), ActivitySettingKind.TextList, Localizer["Content types (empty for all)"])];

    public override Task<bool> CanExecuteAsync(WorkflowExecutionContext workflowContext, ActivityContext activityContext, CancellationToken cancellationToken)
    {
        var contentType = workflowContext.Input[ContentEventInput.ContentType]?.GetValue<string>();
        var types = ContentTypes;
        return Task.FromResult(types.Count == 0 || (contentType is not null && types.Contains(contentType, StringComparer.Ordinal)));
    }
}
