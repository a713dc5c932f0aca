using ApprenantAgile.Platform.Liquid;
using Microsoft.Extensions.Localization;

namespace ApprenantAgile.Templates.Overrides;

/// <summary>
/// Checks a template source the way a page would use it: parses it, then renders it with the
/// template's sample view model and wraps it in the site's layout. A source that fails here is
/// never saved, so a syntax error reaches the staff member who wrote it and not a learner's page.
/// </summary>
public sealed class TemplateChecker(
    ILiquidTemplateManager liquid,
    IEnumerable<ILiquidTemplateSampleProvider> samples,
    IStringLocalizer<TemplateChecker> S)
{
    public const string LayoutTemplateName = "Layout";

    /// <summary>Largest accepted source, in characters; the shipped templates are a few kilobytes.</summary>
    public const int MaxSourceLength = 100_000;

    public async Task<TemplateCheckResult> CheckAsync(string templateName, string source, CancellationToken cancellationToken)
    {
        if (source.Length > MaxSourceLength)
        {
            return new TemplateCheckResult(null, S["The template is {0} characters long; the maximum is {1}. Shorten it or move parts into smaller templates.", source.Length, MaxSourceLength]);
        }

        if (!liquid.TryParse(source, out var template, out var error))
        {
            return new TemplateCheckResult(null,
                S["Syntax error at line {0}, column {1}: {2}. Fix the template, then save again.", error.Line, error.Column, SyntaxErrorMessages.Describe(error.Message, S)],
                error.Line, error.Column);
        }

        // NOTE: only the sample data is rendered here. An override that fails with a real page's data
        // (a longer list reaching the step limit, a value the sample leaves empty) still fails on that page.
        var sample = await FindSampleAsync(templateName, cancellationToken);
        try
        {
            var body = await liquid.RenderAsync(template, sample?.Model, sample?.Values, cancellationToken: cancellationToken);
            var page = await WrapInLayoutAsync(templateName, body, cancellationToken);
            return new TemplateCheckResult(page, null);
        }
        catch (LiquidTemplateException exception)
        {
            return new TemplateCheckResult(null, S["The template could not be rendered with the example data: {0} Fix the template, then save again.", exception.Message]);
        }
    }

    private async Task<string> WrapInLayoutAsync(string templateName, string body, CancellationToken cancellationToken)
    {
        if (string.Equals(templateName, LayoutTemplateName, StringComparison.OrdinalIgnoreCase))
        {
            return body;
        }

        var layout = await FindSampleAsync(LayoutTemplateName, cancellationToken);
        var values = new Dictionary<string, object?>(layout?.Values ?? new Dictionary<string, object?>())
        {
            ["content"] = new LiquidHtml(body),
        };
        return await liquid.RenderNamedAsync(LayoutTemplateName, layout?.Model, values, cancellationToken: cancellationToken);
    }

    private async Task<LiquidTemplateSample?> FindSampleAsync(string templateName, CancellationToken cancellationToken)
    {
        foreach (var provider in samples)
        {
            if (await provider.GetSampleAsync(templateName, cancellationToken) is { } sample)
            {
                return sample;
            }
        }

        return null;
    }
}
