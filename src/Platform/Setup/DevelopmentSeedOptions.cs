namespace ApprenantAgile.Platform.Setup;

/// <summary>One demo centre that the development start-up creates, with its URL prefix.</summary>
public sealed class DevelopmentCentre
{
    public string Name { get; set; } = "";

    public string SiteName { get; set; } = "";

    public string AdminEmail { get; set; } = "";
}

/// <summary>
/// What <see cref="DevelopmentTenantSeeder"/> sets up in the Development environment, bound from
/// "Platform:DevelopmentSeed" (see appsettings.Development.json).
/// </summary>
public sealed class DevelopmentSeedOptions
{
    public const string SectionName = "Platform:DevelopmentSeed";

    public bool Enabled { get; set; }

    public string NationalSiteName { get; set; } = "Réseau national des APP";

    public string NationalAdminEmail { get; set; } = "admin@apprenant-agile.test";

    public string NationalRecipe { get; set; } = "national";

    public string CentreRecipe { get; set; } = "centre";

    /// <summary>Demo centres; each gets its name as URL prefix.</summary>
    public List<DevelopmentCentre> Centres { get; set; } = [];
}
