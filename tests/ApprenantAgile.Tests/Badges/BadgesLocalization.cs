using System.Globalization;
using ApprenantAgile.Badges.Images;
using ApprenantAgile.Platform.Localization;
using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Logging.Abstractions;

namespace ApprenantAgile.Tests.Badges;

/// <summary>Real PO localizers over the PO files embedded in the Badges assembly, and a fr-FR culture switch.</summary>
internal static class BadgesLocalization
{
    private static readonly PoStringLocalizerFactory Factory = new(
        PoCatalog.FromAssemblies([typeof(BadgeImageValidator).Assembly]),
        NullLoggerFactory.Instance);

    public static IStringLocalizer<T> Create<T>() => new StringLocalizer<T>(Factory);

    /// <summary>Sets fr-FR as the current culture and UI culture until disposed.</summary>
    public static IDisposable UseFrench()
    {
        var previousCulture = CultureInfo.CurrentCulture;
        var previousUiCulture = CultureInfo.CurrentUICulture;
        CultureInfo.CurrentCulture = CultureInfo.CurrentUICulture = CultureInfo.GetCultureInfo("fr-FR");
        return new CultureScope(previousCulture, previousUiCulture);
    }

    private sealed class CultureScope(CultureInfo culture, CultureInfo uiCulture) : IDisposable
    {
        public void Dispose()
        {
            CultureInfo.CurrentCulture = culture;
            CultureInfo.CurrentUICulture = uiCulture;
        }
    }
}
