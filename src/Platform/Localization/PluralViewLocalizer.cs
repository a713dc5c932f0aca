using System.Text;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Localization;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.AspNetCore.Mvc.ViewFeatures;
using Microsoft.Extensions.Localization;

namespace ApprenantAgile.Platform.Localization;

/// <summary>
/// The <see cref="IViewLocalizer"/> registered by <c>AddPlatformLocalization</c>. It names the view's
/// msgctxt as the standard <see cref="ViewLocalizer"/> does (application name, then the view path with
/// dots, such as <c>MyApp.Views.Home.Index</c>) and also offers plural forms through
/// <see cref="PluralHtmlLocalizerExtensions.Plural"/>.
/// </summary>
public sealed class PluralViewLocalizer(IStringLocalizerFactory factory, IWebHostEnvironment environment)
    : IViewLocalizer, IViewContextAware, IPluralHtmlLocalizer
{
    private IStringLocalizer? _strings;
    private HtmlLocalizer? _html;

    private IStringLocalizer Strings => _strings ?? throw NotContextualized();

    private HtmlLocalizer Html => _html ?? throw NotContextualized();

    public LocalizedHtmlString this[string name] => Html[name];

    public LocalizedHtmlString this[string name, params object[] arguments] => Html[name, arguments];

    public LocalizedString GetString(string name) => Strings[name];

    public LocalizedString GetString(string name, params object[] arguments) => Strings[name, arguments];

    public IEnumerable<LocalizedString> GetAllStrings(bool includeParentCultures) => Strings.GetAllStrings(includeParentCultures);

    public LocalizedHtmlString GetPlural(long count, string singular, string plural, params object[] arguments)
    {
        // Without arguments the localizer returns the chosen form unformatted; LocalizedHtmlString
        // then formats it with HTML-encoded arguments when written.
        var form = Strings.Plural(count, singular, plural);
        return new LocalizedHtmlString(form.Name, form.Value, form.ResourceNotFound, arguments);
    }

    public void Contextualize(ViewContext viewContext)
    {
        ArgumentNullException.ThrowIfNull(viewContext);
        var path = string.IsNullOrEmpty(viewContext.ExecutingFilePath) ? viewContext.View.Path : viewContext.ExecutingFilePath;
        _strings = factory.Create(BuildBaseName(path, environment.ApplicationName), environment.ApplicationName);
        _html = new HtmlLocalizer(_strings);
    }

    /// <summary>"/Views/Home/Index.cshtml" in application "MyApp" gives "MyApp.Views.Home.Index".</summary>
    internal static string BuildBaseName(string path, string applicationName)
    {
        var extension = Path.GetExtension(path);
        var start = path.Length > 0 && (path[0] == '/' || path[0] == '\\') ? 1 : 0;
        var builder = new StringBuilder(path, start, path.Length - start - extension.Length, path.Length + applicationName.Length + 1);
        builder.Replace('/', '.').Replace('\\', '.');
        return builder.Insert(0, '.').Insert(0, applicationName).ToString();
    }

    private static InvalidOperationException NotContextualized() =>
        new("The view localizer was used before Contextualize was called; inject it into a Razor view (@inject IViewLocalizer T).");
}
