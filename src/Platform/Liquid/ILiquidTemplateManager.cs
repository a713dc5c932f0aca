using System.Diagnostics.CodeAnalysis;
using System.Text.Encodings.Web;
using Fluid;

namespace ApprenantAgile.Platform.Liquid;

/// <summary>
/// Parses and renders Liquid templates in the platform sandbox. Output is HTML-encoded with
/// <see cref="LiquidTemplateManager.DefaultEncoder"/> unless another encoder is passed.
/// </summary>
public interface ILiquidTemplateManager
{
    /// <summary>
    /// Parses <paramref name="source"/>, using the parse cache. Returns false with the error's line
    /// and column when the syntax is invalid.
    /// </summary>
    bool TryParse(string source, [NotNullWhen(true)] out IFluidTemplate? template, [NotNullWhen(false)] out LiquidError? error);

    /// <summary>
    /// Renders <paramref name="source"/> with <paramref name="model"/> available as <c>Model</c>
    /// (also <c>model</c>) and <paramref name="values"/> as top-level variables.
    /// </summary>
    /// <exception cref="LiquidTemplateException">
    /// The syntax is invalid, an included template was not found, a sandbox limit was reached, or the render timed out.
    /// </exception>
    ValueTask<string> RenderAsync(
        string source,
        object? model,
        IReadOnlyDictionary<string, object?>? values = null,
        TextEncoder? encoder = null,
        CancellationToken cancellationToken = default);

    /// <inheritdoc cref="RenderAsync(string, object?, IReadOnlyDictionary{string, object?}?, TextEncoder?, CancellationToken)"/>
    ValueTask<string> RenderAsync(
        IFluidTemplate template,
        object? model,
        IReadOnlyDictionary<string, object?>? values = null,
        TextEncoder? encoder = null,
        CancellationToken cancellationToken = default);

    /// <summary>
    /// Renders the named template (such as "Home") found through the <see cref="ILiquidTemplateProvider"/> chain.
    /// </summary>
    /// <exception cref="LiquidTemplateException">No provider has the template, or rendering it failed.</exception>
    ValueTask<string> RenderNamedAsync(
        string templateName,
        object? model,
        IReadOnlyDictionary<string, object?>? values = null,
        TextEncoder? encoder = null,
        CancellationToken cancellationToken = default);
}
