namespace ApprenantAgile.Portfolio.Rendering;

/// <summary>
/// Names of the module's Liquid templates, embedded as Views/Portfolio/*.liquid. A tenant may
/// override each one by name.
/// </summary>
public static class PortfolioTemplates
{
    public const string Dashboard = "Portfolio.Dashboard";

    public const string PageEditor = "Portfolio.PageEditor";

    public const string Page = "Portfolio.Page";
}
