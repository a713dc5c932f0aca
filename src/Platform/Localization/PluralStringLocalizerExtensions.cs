using Microsoft.Extensions.Localization;

namespace ApprenantAgile.Platform.Localization;

public static class PluralStringLocalizerExtensions
{
    /// <summary>
    /// Translates a text with a singular and a plural English form, such as
    /// <c>T.Plural(count, "{0} badge", "{0} badges", count)</c>. A localizer that is not an
    /// <see cref="IPluralStringLocalizer"/> gets the English rule (plural unless the count is 1).
    /// </summary>
    public static LocalizedString Plural(this IStringLocalizer localizer, long count, string singular, string plural, params object[] arguments)
    {
        if (localizer is IPluralStringLocalizer pluralLocalizer)
        {
            return pluralLocalizer.GetPlural(count, singular, plural, arguments);
        }

        return localizer[PluralRules.ChooseEnglish(count, singular, plural), arguments];
    }
}
