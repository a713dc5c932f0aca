using System.Net;
using ApprenantAgile.Platform.Localization;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Abstractions;
using Microsoft.AspNetCore.Mvc.Localization;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.AspNetCore.Mvc.ViewFeatures;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.FileProviders;
using Microsoft.Extensions.Localization;
using Xunit;

namespace ApprenantAgile.Tests.Localization;

public class ViewLocalizerTests
{
    private static ServiceProvider BuildServices()
    {
        var services = new ServiceCollection();
        services.AddSingleton<IWebHostEnvironment>(new TestEnvironment());

        // The host may add MVC's resource-file localization first, and the PO factory must still replace it.
        services.AddMvc().AddViewLocalization();
        services.AddPlatformLocalization([]);
        return services.BuildServiceProvider();
    }

    [Fact]
    public void StringLocalizerFactory_IsPoFactory()
    {
        using var services = BuildServices();

        Assert.IsType<PoStringLocalizerFactory>(services.GetRequiredService<IStringLocalizerFactory>());
    }

    [Fact]
    public void ViewLocalizer_TranslatesThroughPoFiles()
    {
        using var _ = TestCatalogs.UseCulture("fr-FR");
        using var services = BuildServices();
        var localizer = services.GetRequiredService<IViewLocalizer>();
        ((IViewContextAware)localizer).Contextualize(CreateViewContext("/Views/Home/Index.cshtml"));

        var localized = localizer["Language"];

        Assert.Equal("Langue", localized.Value);
        Assert.False(localized.IsResourceNotFound);
    }

    [Fact]
    public void HtmlLocalizer_EncodesArguments()
    {
        using var _ = TestCatalogs.UseCulture("en-US");
        using var services = BuildServices();
        var localizer = services.GetRequiredService<IHtmlLocalizer<CultureSwitchMessages>>();

        var html = localizer["<b>{0}</b>", "<script>"];
        using var writer = new StringWriter();
        html.WriteTo(writer, System.Text.Encodings.Web.HtmlEncoder.Default);

        Assert.Equal("<b>&lt;script&gt;</b>", writer.ToString());
    }

    [Theory]
    [InlineData("fr-FR", 0, "0 utilisateur trouvé.")]
    [InlineData("fr-FR", 1, "1 utilisateur trouvé.")]
    [InlineData("fr-FR", 2, "2 utilisateurs trouvés.")]
    [InlineData("en-US", 0, "0 users found.")]
    [InlineData("en-US", 1, "1 user found.")]
    [InlineData("en-US", 2, "2 users found.")]
    public void Registered_localizers_use_plural_forms(string culture, int count, string expected)
    {
        using var _ = TestCatalogs.UseCulture(culture);
        using var services = BuildServices();
        var viewLocalizer = services.GetRequiredService<IViewLocalizer>();
        ((IViewContextAware)viewLocalizer).Contextualize(CreateViewContext("/Views/Users/Index.cshtml"));
        var stringLocalizer = services.GetRequiredService<IStringLocalizer<CultureSwitchMessages>>();

        var html = viewLocalizer.Plural(count, "{0} user found.", "{0} users found.", count);
        using var writer = new StringWriter();
        html.WriteTo(writer, System.Text.Encodings.Web.HtmlEncoder.Default);

        Assert.Equal(expected, WebUtility.HtmlDecode(writer.ToString()));
        Assert.Equal(expected, stringLocalizer.Plural(count, "{0} user found.", "{0} users found.", count).Value);
    }

    [Fact]
    public void ViewLocalizer_plural_encodes_arguments()
    {
        using var _ = TestCatalogs.UseCulture("en-US");
        using var services = BuildServices();
        var localizer = services.GetRequiredService<IViewLocalizer>();
        ((IViewContextAware)localizer).Contextualize(CreateViewContext("/Views/Home/Index.cshtml"));

        using var writer = new StringWriter();
        localizer.Plural(2, "{0} badge", "{0} badges <b>{1}</b>", 2, "<script>").WriteTo(writer, System.Text.Encodings.Web.HtmlEncoder.Default);

        Assert.Equal("2 badges <b>&lt;script&gt;</b>", writer.ToString());
    }

    private static ViewContext CreateViewContext(string executingFilePath)
    {
        var actionContext = new ActionContext(new DefaultHttpContext(), new RouteData(), new ActionDescriptor());
        return new ViewContext(
            actionContext,
            new NullView(),
            new ViewDataDictionary(new EmptyModelMetadataProvider(), new ModelStateDictionary()),
            new TempDataDictionary(actionContext.HttpContext, new NullTempDataProvider()),
            TextWriter.Null,
            new HtmlHelperOptions())
        {
            ExecutingFilePath = executingFilePath,
        };
    }

    private sealed class NullView : Microsoft.AspNetCore.Mvc.ViewEngines.IView
    {
        public string Path => string.Empty;

        public Task RenderAsync(ViewContext context) => Task.CompletedTask;
    }

    private sealed class NullTempDataProvider : ITempDataProvider
    {
        public IDictionary<string, object> LoadTempData(HttpContext context) => new Dictionary<string, object>();

        public void SaveTempData(HttpContext context, IDictionary<string, object> values)
        {
        }
    }

    private sealed class TestEnvironment : IWebHostEnvironment
    {
        public string WebRootPath { get; set; } = string.Empty;
        public IFileProvider WebRootFileProvider { get; set; } = new NullFileProvider();
        public string ApplicationName { get; set; } = "ApprenantAgile.Web";
        public IFileProvider ContentRootFileProvider { get; set; } = new NullFileProvider();
        public string ContentRootPath { get; set; } = string.Empty;
        public string EnvironmentName { get; set; } = "Development";
    }
}
