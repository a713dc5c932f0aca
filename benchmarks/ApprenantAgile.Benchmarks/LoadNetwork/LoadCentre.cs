using System.Collections.Concurrent;

namespace ApprenantAgile.Benchmarks.LoadNetwork;

/// <summary>
/// A pilot centre as the virtual users see it: its accounts, the public portfolio page and the badge
/// that visitors open and verify, and the queue of applications that its learners sent and that its
/// trainers approve. A queue instead of the inbox order keeps two trainers from taking the same one.
/// </summary>
internal sealed class LoadCentre(string name, IReadOnlyList<string> learners, IReadOnlyList<string> trainers)
{
    public string Name { get; } = name;

    public string PathBase => "/" + Name;

    public IReadOnlyList<string> Learners { get; } = learners;

    public IReadOnlyList<string> Trainers { get; } = trainers;

    /// <summary>Path of a public portfolio page that shows the centre's issued badge.</summary>
    public string PortfolioPath { get; set; } = "";

    /// <summary>Id of a badge issued by the centre before the load, opened and verified by visitors.</summary>
    public string AssertionId { get; set; } = "";

    /// <summary>Ids of the applications sent during the load and not yet taken by a trainer.</summary>
    public ConcurrentQueue<string> Submitted { get; } = new();

    /// <summary>Applications that a trainer approved during the load (the decision post was accepted).</summary>
    public int Approved;
}
