using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Html;
using Microsoft.Extensions.Localization;

namespace ApprenantAgile.Platform.Contents.Fields;

/// <summary>Options of a <see cref="MediaField"/>.</summary>
public sealed class MediaFieldSettings
{
    /// <summary>Allow more than one path.</summary>
    public bool Multiple { get; set; } = true;
}

/// <summary>
/// Paths or URLs of media files, stored as <c>{"Paths": ["images/logo.png", …]}</c>. The editor is
/// a text area with one path a line.
/// </summary>
/// <remarks>TODO: pick files from the media library once it exists; paths are not checked against stored files.</remarks>
public sealed class MediaField(IStringLocalizer<MediaField> S) : IContentFieldType
{
    public string Name => nameof(MediaField);

    public string DisplayName => "Media";

    public Type SettingsType => typeof(MediaFieldSettings);

    public string EditorPartial => "~/Views/Contents/Fields/MediaField.cshtml";

    public JsonObject ReadEditor(ContentFieldContext context)
    {
        var lines = (context.FormValue() ?? "")
            .Split('\n', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);
        return new JsonObject { ["Paths"] = new JsonArray(lines.Select(l => (JsonNode?)l).ToArray()) };
    }

    public bool HasValue(JsonObject? value) => GetPaths(value).Count > 0;

    public ValueTask ValidateAsync(ContentFieldContext context)
    {
        var paths = GetPaths(context.Value);
        if (!context.Settings<MediaFieldSettings>().Multiple && paths.Count > 1)
        {
            context.AddError(S["{0} accepts one file only; {1} are given.", context.Field.DisplayName, paths.Count]);
        }

        foreach (var path in paths.Where(p => !LinkField.IsSafeUrl(p)))
        {
            context.AddError(S["{0}: \"{1}\" is not a relative path or an http or https URL.", context.Field.DisplayName, path]);
        }

        return ValueTask.CompletedTask;
    }

    public ValueTask<IHtmlContent?> DisplayAsync(ContentFieldContext context)
    {
        var paths = GetPaths(context.Value).Where(LinkField.IsSafeUrl).ToList();
        if (paths.Count == 0)
        {
            return FieldHtml.Nothing;
        }

        var html = new HtmlContentBuilder().AppendHtml("<ul>");
        foreach (var path in paths)
        {
            html.AppendHtml("<li><a href=\"").Append(path).AppendHtml("\">").Append(path).AppendHtml("</a></li>");
        }

        return ValueTask.FromResult<IHtmlContent?>(html.AppendHtml("</ul>"));
    }

    public static IReadOnlyList<string> GetPaths(JsonObject? value) =>
        value?["Paths"] is JsonArray paths
            ? paths.OfType<JsonValue>().Select(p => p.TryGetValue<string>(out var s) ? s : null).OfType<string>().ToList()
            : [];
}
