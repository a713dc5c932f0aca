namespace ApprenantAgile.Badges.Catalogue;

/// <summary>The catalogue's Liquid templates, embedded in this assembly as "BadgesLiquid/{name}.liquid".</summary>
public static class CatalogueTemplates
{
    public const string CatalogueMap = "CatalogueMap";

    public const string BadgePage = "BadgePage";

    public static async Task<string> ReadAsync(string name, CancellationToken cancellationToken)
    {
        var resource = $"BadgesLiquid/{name}.liquid";
        await using var stream = typeof(CatalogueTemplates).Assembly.GetManifestResourceStream(resource)
            ?? throw new FileNotFoundException($"The Liquid template '{resource}' is not embedded in the Badges assembly.", resource);
        using var reader = new StreamReader(stream);
        return await reader.ReadToEndAsync(cancellationToken);
    }
}
