using System.Globalization;
using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Logging;

namespace ApprenantAgile.Platform.Localization;

/// <summary>
/// <see cref="IStringLocalizer"/> over a <see cref="PoCatalog"/>. The name is the English source
/// text (the msgid). Lookups use <see cref="CultureInfo.CurrentUICulture"/> and its parents, with
/// msgctxt = <see cref="Context"/> first and then without context. A missing translation returns the
/// English text with <see cref="LocalizedString.ResourceNotFound"/> set.
/// </summary>
public sealed class PoStringLocalizer(PoCatalog catalog, string? context, ILogger logger) : IPluralStringLocalizer
{
    /// <summary>The msgctxt tried first, usually the full name of the type that uses the localizer.</summary>
    public string? Context { get; } = context;

    public LocalizedString this[string name] => Localize(name, []);

    public LocalizedString this[string name, params object[] arguments] => Localize(name, arguments);

    public LocalizedString GetPlural(long count, string singular, string plural, params object[] arguments)
    {
        ArgumentNullException.ThrowIfNull(singular);
        ArgumentNullException.ThrowIfNull(plural);

        var culture = CultureInfo.CurrentUICulture;
        if (catalog.TryGetEntry(culture, Context, singular, out var entry))
        {
            var index = Math.Min(PluralRules.GetPluralIndex(culture, count), entry.Translations.Count - 1);
            var translation = entry.Translations[index];
            if (translation.Length > 0)
            {
                return new LocalizedString(singular, Format(translation, singular, arguments), resourceNotFound: false, Context);
            }
        }

        var english = PluralRules.ChooseEnglish(count, singular, plural);
        return new LocalizedString(singular, Format(english, english, arguments), resourceNotFound: true, Context);
    }

    public IEnumerable<LocalizedString> GetAllStrings(bool includeParentCultures)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        for (var culture = CultureInfo.CurrentUICulture; !culture.Equals(CultureInfo.InvariantCulture); culture = culture.Parent)
        {
            foreach (var entry in catalog.GetEntries(culture.Name))
            {
                var appliesHere = entry.Context is null || entry.Context == Context;
                if (appliesHere && seen.Add(entry.Id))
                {
                    yield return new LocalizedString(entry.Id, entry.Translations[0], resourceNotFound: false, entry.Context);
                }
            }

            if (!includeParentCultures)
            {
                yield break;
            }
        }
    }

    private LocalizedString Localize(string name, object[] arguments)
    {
        ArgumentNullException.ThrowIfNull(name);

        if (catalog.TryGetEntry(CultureInfo.CurrentUICulture, Context, name, out var entry) && entry.Translations[0].Length > 0)
        {
            return new LocalizedString(name, Format(entry.Translations[0], name, arguments), resourceNotFound: false, Context);
        }

        return new LocalizedString(name, Format(name, name, arguments), resourceNotFound: true, Context);
    }

    /// <summary>
    /// Applies <paramref name="arguments"/> to <paramref name="text"/>. A translation with a broken
    /// placeholder (such as <c>{1}</c> with one argument) is logged and the English text is used instead.
    /// </summary>
    private string Format(string text, string englishText, object[] arguments)
    {
        if (arguments.Length == 0)
        {
            return text;
        }

        try
        {
            return string.Format(CultureInfo.CurrentCulture, text, arguments);
        }
        catch (FormatException exception) when (!ReferenceEquals(text, englishText))
        {
            logger.LogError(exception,
                "Invalid placeholders in the {Culture} translation {Translation} of msgid {MsgId} (msgctxt {MsgContext}); the English text is used. Fix the msgstr in the PO file",
                CultureInfo.CurrentUICulture.Name, text, englishText, Context);
            return string.Format(CultureInfo.CurrentCulture, englishText, arguments);
        }
    }
}
