namespace ApprenantAgile.Tests.OpenBadges3.Loopback;

/// <summary>Test classes that share one <see cref="LoopbackCentre"/>: the host and its centre start once for all of them.</summary>
[CollectionDefinition(Name)]
public sealed class LoopbackCentreCollection : ICollectionFixture<LoopbackCentre>
{
    public const string Name = "Loopback centre";
}
