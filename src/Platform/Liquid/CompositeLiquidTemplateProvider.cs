namespace ApprenantAgile.Platform.Liquid;

/// <summary>Asks each registered <see cref="ILiquidTemplateProvider"/> in order; the first source found wins.</summary>
public sealed class CompositeLiquidTemplateProvider(IEnumerable<ILiquidTemplateProvider> providers)
{
    public async ValueTask<string?> GetTemplateSourceAsync(string name, CancellationToken cancellationToken = default)
    {
        foreach (var provider in providers)
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
