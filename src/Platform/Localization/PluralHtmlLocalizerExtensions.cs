using Microsoft.AspNetCore.Mvc.Localization;

namespace ApprenantAgile.Platform.Localization;

public static class PluralHtmlLocalizerExtensions
{
    /// <summary>
    /// Translates a text with a singular and a plural English form in a view, such as
    /// <c>@T.Plural(count, "{0} badge found.", "{0} badges found.", count)</c>. Arguments are
    /// HTML-encoded. A localizer that is not an <see cref="IPluralHtmlLocalizer"/> gets the English
    /// rule (plural unless the count is 1).
    /// </summary>
    public static LocalizedHtmlString Plural(this IHtmlLocalizer localizer, long count, string singular, string plural, params object[] arguments)
    {
        if (localizer is IPluralHtmlLocalizer pluralLocalizer)
        {
            return pluralLocalizer.GetPlural(count, singular, plural, arguments);
        }

        return localizer[PluralRules.ChooseEnglish(count, singular, plural), arguments];
    }
}
