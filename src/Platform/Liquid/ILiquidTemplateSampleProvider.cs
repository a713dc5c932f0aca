namespace ApprenantAgile.Platform.Liquid;

/// <summary>
/// Gives example view models for the templates a theme or module ships, so that staff can preview
/// and check an override before it reaches a real page. Register implementations as scoped services.
/// </summary>
public interface ILiquidTemplateSampleProvider
{
    /// <summary>Returns a sample for <paramref name="templateName"/>, or null when this provider does not know the template.</summary>
    ValueTask<LiquidTemplateSample?> GetSampleAsync(string templateName, CancellationToken cancellationToken = default);
}
