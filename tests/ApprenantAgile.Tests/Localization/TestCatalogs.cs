using Xunit;
using System.Globalization;
using System.Text;
using ApprenantAgile.Platform.Localization;

namespace ApprenantAgile.Tests.Localization;

/// <summary>Builds a <see cref="PoCatalog"/> from PO text kept in memory.</summary>
internal static class TestCatalogs
{
    public static PoCatalog Create(params (string Name, string Content)[] files)
    {
        var resources = files.Select(file =>
        {
            Assert.True(PoResource.TryGetCulture(file.Name, out var culture), $"no culture in {file.Name}");
            return new PoResource(file.Name, culture, () => new MemoryStream(Encoding.UTF8.GetBytes(file.Content)));
        });

        return new PoCatalog(resources);
    }

    public static IDisposable UseCulture(string name)
    {
        var previousCulture = CultureInfo.CurrentCulture;
        var previousUiCulture = CultureInfo.CurrentUICulture;
        CultureInfo.CurrentCulture = CultureInfo.CurrentUICulture = CultureInfo.GetCultureInfo(name);
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
