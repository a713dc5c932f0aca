using System.Globalization;

namespace ApprenantAgile.Platform.Localization;

/// <summary>Cultures the platform serves: French (fr-FR, the default) and English (en-US).</summary>
public static class PlatformCultures
{
    public static CultureInfo Default { get; } = CultureInfo.GetCultureInfo("fr-FR");

    public static IReadOnlyList<CultureInfo> Supported { get; } =
        [Default, CultureInfo.GetCultureInfo("en-US")];

    /// <summary>
    /// Maps a requested name to a supported culture: "fr", "fr-FR", "en" and "en-US" (any case)
    /// map to fr-FR or en-US. Returns false for any other name.
    /// </summary>
    public static bool TryResolve(string? name, out CultureInfo culture)
    {
        culture = Default;
        if (string.IsNullOrWhiteSpace(name))
        {
            return false;
        }

        foreach (var supported in Supported)
        {
            var matchesSpecific = string.Equals(name, supported.Name, StringComparison.OrdinalIgnoreCase);
            var matchesLanguage = string.Equals(name, supported.TwoLetterISOLanguageName, StringComparison.OrdinalIgnoreCase);
            if (matchesSpecific || matchesLanguage)
            {
                culture = supported;
                return true;
            }
        }

        return false;
    }
}
