namespace ApprenantAgile.Platform.Liquid;

/// <summary>
/// Finds the Liquid source of a named template, such as "Layout" or "Home". Implementations are
/// asked by ascending <see cref="Order"/>, then in registration order, and the first non-null
/// source wins, so a tenant override store (negative order) takes precedence over the embedded
/// templates (<see cref="EmbeddedLiquidTemplateProvider.DefaultOrder"/>).
/// </summary>
public interface ILiquidTemplateProvider
{
    /// <summary>Position in the provider chain: a lower value is queried first. The default is 0.</summary>
    int Order => 0;

    /// <summary>Returns the template source, or null when this provider has no template of that name.</summary>
    ValueTask<string?> GetTemplateSourceAsync(string name, CancellationToken cancellationToken = default);
}
