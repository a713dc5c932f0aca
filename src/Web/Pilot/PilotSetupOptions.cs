namespace ApprenantAgile.Web.Pilot;

/// <summary>What the pilot setup creates: how many centres of the network, and the password of every account.</summary>
public sealed record PilotSetupOptions
{
    public const int MaxCentres = 20;

    /// <summary>Number of centres to set up, 1 to <see cref="MaxCentres"/>, in the order of pilot-network.json.</summary>
    public int CentreCount { get; init; } = MaxCentres;

    /// <summary>Password of the accounts the run creates; accounts that already exist keep theirs.</summary>
    public required string Password { get; init; }
}
