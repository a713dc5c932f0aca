namespace ApprenantAgile.Platform.Contents.Parts;

/// <summary>The registered parts with code, by name.</summary>
public sealed class ContentPartTypes(IEnumerable<IContentPartType> partTypes)
{
    private readonly Dictionary<string, IContentPartType> _byName = partTypes.ToDictionary(p => p.Name, StringComparer.Ordinal);

    public IEnumerable<IContentPartType> All => _byName.Values.OrderBy(p => p.Name, StringComparer.Ordinal);

    public IContentPartType? Find(string name) => _byName.GetValueOrDefault(name);
}
