namespace ApprenantAgile.Platform.Liquid;

/// <summary>
/// Finds the Liquid source of a named template, such as "Layout" or "Home". Implementations are
/// asked in registration order and the first non-null source wins, so a tenant override store
/// registered before <see cref="EmbeddedLiquidTemplateProvider"/> takes precedence.
/// </summary>
public interface ILiquidTemplateProvider
{
    /// <summary>Returns the template source, or null when this provider has no template of that name.</summary>
    ValueTask<string?> GetTemplateSourceAsync(string name, CancellationToken cancellationToken = default);
}
