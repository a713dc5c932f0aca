namespace ApprenantAgile.Platform.Liquid;

/// <summary>
/// Asks each registered <see cref="ILiquidTemplateProvider"/> by <see cref="ILiquidTemplateProvider.Order"/>
/// (registration order among equals); the first source found wins.
/// </summary>
public sealed class CompositeLiquidTemplateProvider(IEnumerable<ILiquidTemplateProvider> providers)
{
    private readonly ILiquidTemplateProvider[] _providers = providers.OrderBy(p => p.Order).ToArray();

    /// <summary>The providers in the order they are asked.</summary>
    public IReadOnlyList<ILiquidTemplateProvider> Providers => _providers;

    public async ValueTask<string?> GetTemplateSourceAsync(string name, CancellationToken cancellationToken = default)
    {
        foreach (var provider in _providers)
        {
            var source = await provider.GetTemplateSourceAsync(name, cancellationToken);
            if (source is not null)
            {
                return source;
            }
        }

        return null;
    }
}
