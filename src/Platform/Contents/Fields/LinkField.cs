using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Html;
using Microsoft.Extensions.Localization;

namespace ApprenantAgile.Platform.Contents.Fields;

/// <summary>
/// A link, stored as <c>{"Url": "…", "Text": "…"}</c>. Only http, https and relative URLs are
/// accepted, so a link can never run script (javascript:) or open a local file.
/// </summary>
public sealed class LinkField(IStringLocalizer<LinkField> S) : IContentFieldType
{
    public string Name => nameof(LinkField);

    public string DisplayName => "Link";

    public Type SettingsType => typeof(EmptyFieldSettings);

    public string EditorPartial => "~/Views/Contents/Fields/LinkField.cshtml";

    public JsonObject ReadEditor(ContentFieldContext context) => new()
    {
        ["Url"] = context.FormValue(".Url")?.Trim(),
        ["Text"] = context.FormValue(".Text")?.Trim(),
    };

    public bool HasValue(JsonObject? value) => !string.IsNullOrWhiteSpace(GetString(value, "Url"));

    public ValueTask ValidateAsync(ContentFieldContext context)
    {
        var url = GetString(context.Value, "Url");
        if (url is not null && !IsSafeUrl(url))
        {
            context.AddError(S["{0}: \"{1}\" is not a valid link. Use an address starting with http:// or https://, or a relative path.", context.Field.DisplayName, url]);
        }

        return ValueTask.CompletedTask;
    }

    public ValueTask<IHtmlContent?> DisplayAsync(ContentFieldContext context)
    {
        var url = GetString(context.Value, "Url");
        if (url is null || !IsSafeUrl(url))
        {
            return FieldHtml.Nothing;
        }

        var text = GetString(context.Value, "Text") ?? url;
        return ValueTask.FromResult<IHtmlContent?>(
            new HtmlContentBuilder().AppendHtml("<a href=\"").Append(url).AppendHtml("\">").Append(text).AppendHtml("</a>"));
    }

    /// <summary>Accepts absolute http and https URLs, and relative URLs that are not protocol-relative ("//host").</summary>
    public static bool IsSafeUrl(string url)
    {
        if (string.IsNullOrWhiteSpace(url) || url.Any(char.IsControl))
        {
            return false;
        }

        if (Uri.TryCreate(url, UriKind.Absolute, out var absolute) && !url.StartsWith('/'))
        {
            return absolute.Scheme == Uri.UriSchemeHttp || absolute.Scheme == Uri.UriSchemeHttps;
        }

        return !url.StartsWith("//", StringComparison.Ordinal)
            && !url.StartsWith(@"/\", StringComparison.Ordinal)
            && !url.Contains(':', StringComparison.Ordinal)
            && Uri.TryCreate(url, UriKind.Relative, out _);
    }

    public static string? GetString(JsonObject? value, string property) =>
        value?[property] is JsonValue node && node.TryGetValue<string>(out var s) && !string.IsNullOrWhiteSpace(s) ? s : null;
}
