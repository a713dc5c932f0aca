using Fluid;
using Fluid.Values;
using Microsoft.AspNetCore.Http;

namespace ApprenantAgile.Platform.Liquid;

/// <summary>
/// The <c>url_content</c> filter: prefixes a site-relative path (<c>~/css/site.css</c> or
/// <c>/css/site.css</c>) with the request's PathBase, so links keep a tenant prefix such as
/// <c>/acme</c>. Absolute, protocol-relative and relative URLs are returned unchanged.
/// </summary>
internal sealed class UrlFilters(IHttpContextAccessor httpContextAccessor)
{
    public ValueTask<FluidValue> UrlContent(FluidValue input, FilterArguments arguments, TemplateContext context)
    {
        var pathBase = httpContextAccessor.HttpContext?.Request.PathBase ?? PathString.Empty;
        return ValueTask.FromResult(StringValue.Create(AddPathBase(input.ToStringValue(context), pathBase)));
    }

    public static string AddPathBase(string url, PathString pathBase)
    {
        if (url.StartsWith("~/", StringComparison.Ordinal))
        {
            url = url[1..];
        }

        var isSiteRelative = url.StartsWith('/') && !url.StartsWith("//", StringComparison.Ordinal)
            && !url.StartsWith("/\\", StringComparison.Ordinal);
        return isSiteRelative ? pathBase.Value + url : url;
    }
}
