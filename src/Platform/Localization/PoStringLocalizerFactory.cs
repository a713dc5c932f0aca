using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Logging;

namespace ApprenantAgile.Platform.Localization;

/// <summary>
/// Creates <see cref="PoStringLocalizer"/> instances. The msgctxt of a localizer is the full name of
/// its type, or the base name given by <c>ViewLocalizer</c> (such as <c>MyApp.Views.Home.Index</c>).
/// </summary>
public sealed class PoStringLocalizerFactory(PoCatalog catalog, ILoggerFactory loggerFactory) : IStringLocalizerFactory
{
    private readonly ILogger _logger = loggerFactory.CreateLogger<PoStringLocalizer>();

    public IStringLocalizer Create(Type resourceSource)
    {
        ArgumentNullException.ThrowIfNull(resourceSource);
        return new PoStringLocalizer(catalog, resourceSource.FullName, _logger);
    }

    public IStringLocalizer Create(string baseName, string location)
    {
        ArgumentNullException.ThrowIfNull(baseName);
        return new PoStringLocalizer(catalog, baseName, _logger);
    }
}
