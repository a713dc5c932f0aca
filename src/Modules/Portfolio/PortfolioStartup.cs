using ApprenantAgile.Badges.Abstractions;
using ApprenantAgile.Platform.Liquid;
using ApprenantAgile.Platform.Modules;
using ApprenantAgile.Platform.Users.AccountLinks;
using ApprenantAgile.Portfolio.Dashboard;
using ApprenantAgile.Portfolio.Editor;
using ApprenantAgile.Portfolio.Holders;
using ApprenantAgile.Portfolio.Pages;
using ApprenantAgile.Portfolio.Rendering;
using ApprenantAgile.Portfolio.Viewing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace ApprenantAgile.Portfolio;

/// <summary>
/// Registers the portfolio's services, its Liquid templates (embedded as Views/Portfolio/*.liquid,
/// asked after any provider registered earlier, such as a tenant override store) and the view
/// models those templates may read.
/// </summary>
public sealed class PortfolioStartup : ModuleStartup
{
    public override void ConfigureServices(IServiceCollection services, IConfiguration configuration)
    {
        services.AddScoped<PortfolioPageStore>();
        services.AddScoped<BadgeHolders>();
        services.AddScoped<PortfolioUrls>();
        services.AddScoped<PortfolioRenderer>();
        services.AddScoped<PageAccess>();
        services.AddScoped<PageViewModelFactory>();
        services.AddScoped<PageEditorViewModelFactory>();
        services.AddScoped<PageFormValidator>();
        services.AddScoped<IAssertionRevokedHandler, RevokedBadgePageSignal>();
        services.AddScoped<IAccountLinkProvider, DashboardAccountLink>();

        services.AddSingleton<ILiquidTemplateProvider>(provider => new EmbeddedLiquidTemplateProvider(
            [typeof(PortfolioStartup).Assembly], provider.GetRequiredService<ILogger<EmbeddedLiquidTemplateProvider>>()));

        services.AddLiquidViewModel<DashboardViewModel>();
        services.AddLiquidViewModel<DashboardBadgeViewModel>();
        services.AddLiquidViewModel<DashboardApplicationViewModel>();
        services.AddLiquidViewModel<DashboardPageViewModel>();
        services.AddLiquidViewModel<PageEditorViewModel>();
        services.AddLiquidViewModel<EditorBadgeViewModel>();
        services.AddLiquidViewModel<EditorEvidenceViewModel>();
        services.AddLiquidViewModel<PageViewModel>();
        services.AddLiquidViewModel<PageBadgeViewModel>();
        services.AddLiquidViewModel<PageEvidenceViewModel>();
        services.AddLiquidViewModel<BadgeShareViewModel>();
    }
}
