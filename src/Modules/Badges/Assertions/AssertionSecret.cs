namespace ApprenantAgile.Badges.Assertions;

/// <summary>A per-tenant secret of the issuing feature, stored encrypted with Data Protection; the name is the primary key.</summary>
public sealed class AssertionSecret
{
    public required string Name { get; init; }

    public required string ProtectedValue { get; init; }

    public DateTime CreatedUtc { get; init; }
}
