using Fluid;
using Fluid.Values;
using Ganss.Xss;
using Markdig;

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

    private readonly HtmlSanitizer _sanitizer = new();

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

    /// <summary>Converts Markdown to HTML (raw HTML in the Markdown is escaped), then sanitises it.</summary>
    public ValueTask<FluidValue> Markdownify(FluidValue input, FilterArguments arguments, TemplateContext context)
    {
        var html = Markdown.ToHtml(input.ToStringValue(context), MarkdownPipeline);
        return ValueTask.FromResult(StringValue.Create(_sanitizer.Sanitize(html), encode: false));
    }
}
