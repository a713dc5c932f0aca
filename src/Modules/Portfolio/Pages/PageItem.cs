namespace ApprenantAgile.Portfolio.Pages;

/// <summary>A badge shown on a portfolio page, with the ids of the application evidence shown under it.</summary>
public sealed record PageItem(string AssertionId, IReadOnlyList<string> EvidenceIds);
