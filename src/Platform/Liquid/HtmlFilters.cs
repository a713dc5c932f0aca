using System.Security.Cryptography;
using System.Text;
using Fluid;
using Fluid.Values;
using Ganss.Xss;
using Markdig;
using Microsoft.Extensions.Caching.Memory;

namespace ApprenantAgile.Platform.Liquid;

/// <summary>
/// Filters that produce HTML: <c>raw</c>, <c>sanitize</c> and <c>markdownify</c>.
/// </summary>
internal sealed class HtmlFilters
{
    private static readonly MarkdownPipeline MarkdownPipeline = new MarkdownPipelineBuilder()
        .UseEmphasisExtras()
        .UseAutoLinks()
        .UsePipeTables()
        .DisableHtml()
        .Build();

    /// <summary>Maximum characters of sanitised HTML kept by <see cref="Markdownify"/>, about 16 MiB of strings.</summary>
    private const long MarkdownCacheSizeLimit = 8 * 1024 * 1024;

    private readonly HtmlSanitizer _sanitizer = new();

    // Keyed by the SHA-256 of the Markdown, because the output depends on nothing else. Parsing and sanitising
    // (AngleSharp) showed in stack samples of every portfolio page view.
    private readonly MemoryCache _markdownCache = new(new MemoryCacheOptions { SizeLimit = MarkdownCacheSizeLimit });

    /// <summary>
    /// Outputs the input unencoded only when the platform marked it safe (a <see cref="LiquidHtml"/>,
    /// an <c>HtmlString</c> or the output of <c>sanitize</c>/<c>markdownify</c>). Any other value is
    /// encoded as usual, so <c>{{ user_text | raw }}</c> cannot inject markup.
    /// </summary>
    public static ValueTask<FluidValue> Raw(FluidValue input, FilterArguments arguments, TemplateContext context)
    {
        if (input is StringValue { Encode: false })
        {
            return ValueTask.FromResult(input);
        }

        return ValueTask.FromResult(StringValue.Create(input.ToStringValue(context), encode: true));
    }

    /// <summary>Removes scripts, event handlers and other unsafe markup, and outputs the rest unencoded.</summary>
    public ValueTask<FluidValue> Sanitize(FluidValue input, FilterArguments arguments, TemplateContext context)
    {
        var html = _sanitizer.Sanitize(input.ToStringValue(context));
        return ValueTask.FromResult(StringValue.Create(html, encode: false));
    }

    /// <summary>
    /// Converts Markdown to HTML (raw HTML in the Markdown is escaped), then sanitises it. Results are cached by
    /// the source's SHA-256 hash.
    /// </summary>
    public ValueTask<FluidValue> Markdownify(FluidValue input, FilterArguments arguments, TemplateContext context)
    {
        var source = input.ToStringValue(context);
        var key = Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(source)));
        if (!_markdownCache.TryGetValue(key, out string? html) || html is null)
        {
            html = _sanitizer.Sanitize(Markdown.ToHtml(source, MarkdownPipeline));
            _markdownCache.Set(key, html, new MemoryCacheEntryOptions { Size = html.Length + key.Length, SlidingExpiration = TimeSpan.FromHours(1) });
        }

        return ValueTask.FromResult(StringValue.Create(html, encode: false));
    }
}
