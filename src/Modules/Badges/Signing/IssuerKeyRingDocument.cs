namespace ApprenantAgile.Badges.Signing;

/// <summary>The tenant document (in <c>IDocumentStore</c>) that lists every issuer key, active and retired.</summary>
public sealed class IssuerKeyRingDocument
{
    public List<IssuerKeyRecord> Keys { get; init; } = [];
}
