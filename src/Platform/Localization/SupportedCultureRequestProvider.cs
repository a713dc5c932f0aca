using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Localization;

namespace ApprenantAgile.Platform.Localization;

/// <summary>
/// Wraps a standard <see cref="RequestCultureProvider"/> and maps what it reads through
/// <see cref="PlatformCultures.TryResolve"/>, so <c>?culture=en</c> selects en-US. Unsupported
/// names are dropped, which lets the next provider or the default culture apply.
/// </summary>
internal sealed class SupportedCultureRequestProvider(RequestCultureProvider inner) : RequestCultureProvider
{
    public override async Task<ProviderCultureResult?> DetermineProviderCultureResult(HttpContext httpContext)
    {
        var result = await inner.DetermineProviderCultureResult(httpContext);
        if (result is null)
        {
            return null;
        }

        var uiCultureName = result.UICultures.Count > 0 ? result.UICultures[0].Value : null;
        var cultureName = result.Cultures.Count > 0 ? result.Cultures[0].Value : uiCultureName;

        if (!PlatformCultures.TryResolve(cultureName, out var culture))
        {
            return null;
        }

        var uiCulture = PlatformCultures.TryResolve(uiCultureName, out var resolvedUiCulture) ? resolvedUiCulture : culture;
        return new ProviderCultureResult(culture.Name, uiCulture.Name);
    }
}
