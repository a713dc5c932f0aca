namespace ApprenantAgile.Platform.Liquid;

/// <summary>
/// Example data for rendering a template outside its page, as in the template editor's preview:
/// the <c>Model</c> and the other top-level variables the page would pass.
/// </summary>
public sealed record LiquidTemplateSample(object? Model, IReadOnlyDictionary<string, object?>? Values = null);
