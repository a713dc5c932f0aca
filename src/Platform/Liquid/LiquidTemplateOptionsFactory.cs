using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using Fluid;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Localization;

namespace ApprenantAgile.Platform.Liquid;

/// <summary>
/// Builds the single, immutable Fluid <see cref="TemplateOptions"/> of the platform: allowlist
/// member access, step/recursion/output limits, the platform filters, and <c>include</c>/<c>render</c>
/// resolved through the <see cref="ILiquidTemplateProvider"/> chain.
/// </summary>
internal static class LiquidTemplateOptionsFactory
{
    public static TemplateOptions Create(
        LiquidSandboxOptions sandbox,
        CompositeLiquidTemplateProvider templates,
        IStringLocalizerFactory localizerFactory,
        IHttpContextAccessor httpContextAccessor)
    {
        var allowedTypes = sandbox.ViewModels.Types.ToHashSet();
        var htmlFilters = new HtmlFilters();
        var localizationFilters = new LocalizationFilters(localizerFactory);
        var urlFilters = new UrlFilters(httpContextAccessor);

        return new TemplateOptionsBuilder()
            .WithMemberAccessStrategy(() => new AllowlistMemberAccessStrategy(allowedTypes))
            .AddValueConverter(LiquidValueConverters.Create(allowedTypes))
            .WithMaxSteps(sandbox.MaxSteps)
            .WithMaxRecursion(sandbox.MaxRecursion)
            .WithMaxOutputSize(sandbox.MaxOutputSize)
            .WithCultureInfo(CultureInfo.GetCultureInfo("fr-FR"))
            .WithTimeZone(DateFilters.Paris)
            .WithFileProvider(new DelegateTemplateFileProvider((path, _, cancellationToken) =>
                ResolveIncludeAsync(templates, path, cancellationToken)))
            .AddFilter("raw", HtmlFilters.Raw)
            .AddFilter("sanitize", htmlFilters.Sanitize)
            .AddFilter("markdownify", htmlFilters.Markdownify)
            .AddFilter("t", localizationFilters.Translate)
            .AddFilter("t_plural", localizationFilters.TranslatePlural)
            .AddFilter("date_paris", DateFilters.DateParis)
            .AddFilter("url_content", urlFilters.UrlContent)
            .Build();
    }

    /// <summary>Resolves <c>{% render 'Card' %}</c> (with or without <c>.liquid</c>) to the named template.</summary>
    private static async ValueTask<TemplateSourceInfo?> ResolveIncludeAsync(
        CompositeLiquidTemplateProvider templates, string path, CancellationToken cancellationToken)
    {
        var name = path.EndsWith(".liquid", StringComparison.OrdinalIgnoreCase) ? path[..^".liquid".Length] : path;
        var source = await templates.GetTemplateSourceAsync(name, cancellationToken);
        if (source is null)
        {
            return null;
        }

        // The content hash in the cache key makes Fluid re-parse an include whose source changed,
        // such as a tenant override, since no modification date is known here.
        var bytes = Encoding.UTF8.GetBytes(source);
        var cacheKey = $"liquid:{name}:{Convert.ToHexString(SHA256.HashData(bytes))}";
        return new TemplateSourceInfo(
            DateTimeOffset.MinValue,
            _ => ValueTask.FromResult<Stream>(new MemoryStream(bytes, writable: false)),
            cacheKey);
    }
}
