using Microsoft.AspNetCore.Html;

namespace ApprenantAgile.Platform.Contents.Fields;

/// <summary>Small helpers shared by the field types' displays.</summary>
internal static class FieldHtml
{
    public static ValueTask<IHtmlContent?> Nothing => ValueTask.FromResult<IHtmlContent?>(null);

    public static ValueTask<IHtmlContent?> Text(string? text) =>
        ValueTask.FromResult<IHtmlContent?>(string.IsNullOrEmpty(text) ? null : new HtmlContentBuilder().Append(text));
}
