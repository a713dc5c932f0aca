using Microsoft.AspNetCore.Mvc.Localization;

namespace ApprenantAgile.Platform.Localization;

/// <summary>
/// An HTML localizer that can choose a plural form (<c>msgstr[n]</c>) for a count.
/// Call it through <see cref="PluralHtmlLocalizerExtensions.Plural"/>.
/// </summary>
public interface IPluralHtmlLocalizer : IHtmlLocalizer
{
    /// <summary>
    /// Translates <paramref name="singular"/>/<paramref name="plural"/> for <paramref name="count"/>;
    /// <paramref name="arguments"/> are HTML-encoded when the result is written.
    /// </summary>
    LocalizedHtmlString GetPlural(long count, string singular, string plural, params object[] arguments);
}
