using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Html;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Localization;

namespace ApprenantAgile.Platform.Contents.Fields;

/// <summary>Options of a <see cref="ContentPickerField"/>.</summary>
public sealed class ContentPickerFieldSettings
{
    /// <summary>Allow more than one item.</summary>
    public bool Multiple { get; set; }

    /// <summary>Types the picked items may have; empty for any type.</summary>
    public string[] AllowedContentTypes { get; set; } = [];
}

/// <summary>References to other items, stored as <c>{"ContentItemIds": ["…"]}</c>.</summary>
public sealed class ContentPickerField(IStringLocalizer<ContentPickerField> S) : IContentFieldType
{
    public string Name => nameof(ContentPickerField);

    public string DisplayName => "Content picker";

    public Type SettingsType => typeof(ContentPickerFieldSettings);

    public string EditorPartial => "~/Views/Contents/Fields/ContentPickerField.cshtml";

    public JsonObject ReadEditor(ContentFieldContext context)
    {
        var ids = (context.Form?[context.Prefix] ?? default)
            .Where(id => !string.IsNullOrWhiteSpace(id))
            .Select(id => (JsonNode?)id!.Trim())
            .ToArray();
        return new JsonObject { ["ContentItemIds"] = new JsonArray(ids) };
    }

    public bool HasValue(JsonObject? value) => GetIds(value).Count > 0;

    public async ValueTask ValidateAsync(ContentFieldContext context)
    {
        var ids = GetIds(context.Value);
        var settings = context.Settings<ContentPickerFieldSettings>();
        var name = context.Field.DisplayName;
        if (!settings.Multiple && ids.Count > 1)
        {
            context.AddError(S["{0} accepts one item only; {1} are selected.", name, ids.Count]);
        }

        var contentManager = context.Services.GetRequiredService<IContentManager>();
        foreach (var id in ids)
        {
            var item = ContentItemIds.IsValid(id) ? await contentManager.GetAsync(id, VersionOptions.Latest, context.CancellationToken) : null;
            if (item is null)
            {
                context.AddError(S["{0}: the content item \"{1}\" does not exist or was removed.", name, id]);
            }
            else if (settings.AllowedContentTypes.Length > 0 && !settings.AllowedContentTypes.Contains(item.ContentType))
            {
                context.AddError(S["{0}: \"{1}\" is of type {2}, which this field does not accept ({3}).",
                    name, item.DisplayText ?? id, item.ContentType, string.Join(", ", settings.AllowedContentTypes)]);
            }
        }
    }

    public async ValueTask<IHtmlContent?> DisplayAsync(ContentFieldContext context)
    {
        var ids = GetIds(context.Value);
        if (ids.Count == 0)
        {
            return null;
        }

        var contentManager = context.Services.GetRequiredService<IContentManager>();
        var pathBase = context.Services.GetService<IHttpContextAccessor>()?.HttpContext?.Request.PathBase ?? PathString.Empty;
        var html = new HtmlContentBuilder().AppendHtml("<ul>");
        foreach (var id in ids.Where(ContentItemIds.IsValid))
        {
            var item = await contentManager.GetAsync(id, VersionOptions.Published, context.CancellationToken);
            if (item is not null)
            {
                html.AppendHtml("<li><a href=\"").Append(pathBase.Add("/contents/" + id).ToString())
                    .AppendHtml("\">").Append(item.DisplayText ?? id).AppendHtml("</a></li>");
            }
        }

        return html.AppendHtml("</ul>");
    }

    public static IReadOnlyList<string> GetIds(JsonObject? value) =>
        value?["ContentItemIds"] is JsonArray ids
            ? ids.OfType<JsonValue>().Select(p => p.TryGetValue<string>(out var s) ? s : null).OfType<string>().ToList()
            : [];
}
