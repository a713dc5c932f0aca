namespace ApprenantAgile.Platform.Features;

/// <summary>The features enabled on a tenant, as stored in its database.</summary>
public sealed class FeaturesDocument
{
    public List<string> Enabled { get; set; } = [];
}
