using System.Globalization;

namespace ApprenantAgile.Platform.Localization;

/// <summary>
/// Plural form index (the <c>n</c> of <c>msgstr[n]</c>) for a count, per language, using the
/// gettext Plural-Forms rules: French <c>n &gt; 1</c>, English and others <c>n != 1</c>.
/// </summary>
/// <remarks>
/// NOTE: the <c>Plural-Forms</c> header of a PO file is not read; only the rules of this class apply.
/// </remarks>
public static class PluralRules
{
    public static int GetPluralIndex(CultureInfo culture, long count)
    {
        var language = culture.TwoLetterISOLanguageName;
        return language switch
        {
            "fr" => count > 1 ? 1 : 0,
            _ => count != 1 ? 1 : 0,
        };
    }

    /// <summary>The English text for <paramref name="count"/>: <paramref name="singular"/> for 1, else <paramref name="plural"/>.</summary>
    public static string ChooseEnglish(long count, string singular, string plural) =>
        GetPluralIndex(CultureInfo.GetCultureInfo("en"), count) == 0 ? singular : plural;
}
