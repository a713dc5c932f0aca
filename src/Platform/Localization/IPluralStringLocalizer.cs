using Microsoft.Extensions.Localization;

namespace ApprenantAgile.Platform.Localization;

/// <summary>
/// A localizer that can choose a plural form (<c>msgstr[n]</c>) for a count.
/// Call it through <see cref="PluralStringLocalizerExtensions.Plural"/>.
/// </summary>
public interface IPluralStringLocalizer : IStringLocalizer
{
    /// <summary>
    /// Translates <paramref name="singular"/>/<paramref name="plural"/> (the English msgid and
    /// msgid_plural) for <paramref name="count"/>, then formats the result with <paramref name="arguments"/>.
    /// </summary>
    LocalizedString GetPlural(long count, string singular, string plural, params object[] arguments);
}
