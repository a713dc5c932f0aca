namespace ApprenantAgile.Web.Pilot;

/// <summary>What a pilot setup run created, what it found already there, and the errors that stopped part of it.</summary>
public sealed class PilotSetupReport
{
    public bool NationalSetUp { get; set; }

    public int CentresCreated { get; set; }

    public int CentresExisting { get; set; }

    public int UsersCreated { get; set; }

    public int ApplicationsCreated { get; set; }

    public int BadgesIssued { get; set; }

    public List<string> Errors { get; } = [];

    public TimeSpan Elapsed { get; set; }

    public bool Succeeded => Errors.Count == 0;
}
