using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Html;
using Microsoft.Extensions.Localization;

namespace ApprenantAgile.Platform.Contents.Fields;

/// <summary>A check box, stored as <c>{"Value": true}</c>. Required means the box must be ticked (a consent).</summary>
public sealed class BooleanField(IStringLocalizer<BooleanField> S) : IContentFieldType
{
    public string Name => nameof(BooleanField);

    public string DisplayName => "Yes or no";

    public Type SettingsType => typeof(EmptyFieldSettings);

    public string EditorPartial => "~/Views/Contents/Fields/BooleanField.cshtml";

    /// <summary>The editor posts "true" from the check box and "false" from a hidden input after it, so the first value counts.</summary>
    public JsonObject ReadEditor(ContentFieldContext context)
    {
        var values = context.Form?[context.Prefix] ?? default;
        var isChecked = values.Count > 0 && string.Equals(values[0], "true", StringComparison.OrdinalIgnoreCase);
        return new JsonObject { ["Value"] = isChecked };
    }

    public bool HasValue(JsonObject? value) => GetValue(value);

    public ValueTask ValidateAsync(ContentFieldContext context) => ValueTask.CompletedTask;

    public ValueTask<IHtmlContent?> DisplayAsync(ContentFieldContext context) =>
        FieldHtml.Text(GetValue(context.Value) ? S["Yes"] : S["No"]);

    public static bool GetValue(JsonObject? value) =>
        value?["Value"] is JsonValue flag && flag.TryGetValue<bool>(out var b) && b;
}
