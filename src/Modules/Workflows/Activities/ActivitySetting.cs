using Microsoft.Extensions.Localization;

namespace ApprenantAgile.Workflows.Activities;

/// <summary>How the editor shows and checks a setting.</summary>
public enum ActivitySettingKind
{
    Text,

    /// <summary>A Liquid template, rendered with the instance's Input, Properties, Output and LastResult.</summary>
    Liquid,

    /// <summary>A condition of the safe condition language (see <c>ConditionParser</c>).</summary>
    Condition,

    Number,

    Boolean,

    /// <summary>A JSON array of strings.</summary>
    TextList,

    /// <summary>One of <see cref="ActivitySetting.Choices"/>.</summary>
    Choice,
}

/// <summary>One setting of an activity kind, for the editor's form.</summary>
public sealed record ActivitySetting(
    string Name,
    ActivitySettingKind Kind,
    LocalizedString DisplayText,
    bool IsRequired = false,
    IReadOnlyList<string>? Choices = null);

/// <summary>A problem with one setting of an activity record: the setting's name and a localized message.</summary>
public sealed record ActivitySettingError(string SettingName, string Message);
