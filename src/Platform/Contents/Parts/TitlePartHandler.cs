using ApprenantAgile.Platform.Contents.Handlers;

namespace ApprenantAgile.Platform.Contents.Parts;

/// <summary>Copies the TitlePart's title to <see cref="ContentItem.DisplayText"/> before an item is stored.</summary>
public sealed class TitlePartHandler : ContentHandlerBase
{
    public override Task CreatingAsync(ContentContext context) => CopyTitle(context.ContentItem);

    public override Task UpdatingAsync(ContentContext context) => CopyTitle(context.ContentItem);

    private static Task CopyTitle(ContentItem item)
    {
        if (item.GetPart(TitlePart.PartName) is { } part)
        {
            item.DisplayText = TitlePart.GetTitle(part);
        }

        return Task.CompletedTask;
    }
}
