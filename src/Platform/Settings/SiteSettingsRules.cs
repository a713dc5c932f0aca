using System.Globalization;
using ApprenantAgile.Platform.Modules;

namespace ApprenantAgile.Platform.Settings;

/// <summary>Checks on site settings values shared by the "settings" and "themes" recipe steps.</summary>
public static class SiteSettingsRules
{
    /// <summary>Returns whether the name is a culture that ICU knows (such as "fr-FR"), not a made-up one.</summary>
    public static bool IsKnownCulture(string name)
    {
        if (string.IsNullOrWhiteSpace(name))
        {
            return false;
        }

        try
        {
            _ = CultureInfo.GetCultureInfo(name, predefinedOnly: true);
            return true;
        }
        catch (CultureNotFoundException)
        {
            return false;
        }
    }

    /// <summary>Returns whether the id is a time zone of the system's database (IANA ids such as "Europe/Paris").</summary>
    public static bool IsKnownTimeZone(string id) =>
        !string.IsNullOrWhiteSpace(id) && TimeZoneInfo.TryFindSystemTimeZoneById(id, out _);

    /// <summary>Returns whether the id is the module id of a theme.</summary>
    public static bool IsTheme(FeatureCatalogue catalogue, string id) => catalogue.Find(id) is { IsTheme: true };
}
