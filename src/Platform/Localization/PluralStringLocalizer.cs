using Microsoft.Extensions.Localization;

namespace ApprenantAgile.Platform.Localization;

/// <summary>
/// The <see cref="IStringLocalizer{T}"/> registered by <c>AddPlatformLocalization</c>. Unlike the
/// standard <see cref="StringLocalizer{T}"/>, it passes <see cref="IPluralStringLocalizer.GetPlural"/>
/// through, so <c>T.Plural(count, "{0} badge", "{0} badges", count)</c> uses the PO plural forms.
/// </summary>
public sealed class PluralStringLocalizer<T>(IStringLocalizerFactory factory) : IStringLocalizer<T>, IPluralStringLocalizer
{
    private readonly IStringLocalizer _localizer = factory.Create(typeof(T));

    public LocalizedString this[string name] => _localizer[name];

    public LocalizedString this[string name, params object[] arguments] => _localizer[name, arguments];

    public LocalizedString GetPlural(long count, string singular, string plural, params object[] arguments) =>
        _localizer.Plural(count, singular, plural, arguments);

    public IEnumerable<LocalizedString> GetAllStrings(bool includeParentCultures) => _localizer.GetAllStrings(includeParentCultures);
}
