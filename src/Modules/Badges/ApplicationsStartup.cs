using ApprenantAgile.Badges.Activities;
using ApprenantAgile.Badges.Applications;
using ApprenantAgile.Badges.Applications.Evidence;
using ApprenantAgile.Badges.Review;
using ApprenantAgile.Platform.Admin.Navigation;
using ApprenantAgile.Platform.Modules;
using ApprenantAgile.Platform.Security.Permissions;
using ApprenantAgile.Platform.Users.AccountLinks;
using ApprenantAgile.Workflows.Activities;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

[assembly: Feature(
    Id = ApplicationsFeature.Id,
    Name = "Badge applications",
    Category = "Open Badges",
    Description = "Learners apply for a badge with evidence; trainers review the applications through an editable workflow.",
    Dependencies = ["ApprenantAgile.Badges", "ApprenantAgile.Workflows"])]

namespace ApprenantAgile.Badges;

/// <summary>Registers badge applications, evidence storage, the review inbox and the review workflow activities.</summary>
[Feature(ApplicationsFeature.Id)]
public sealed class ApplicationsStartup : ModuleStartup
{
    public override void ConfigureServices(IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<EvidenceOptions>()
            .Bind(configuration.GetSection(EvidenceOptions.SectionName))
            .Validate(o => o.MaxFileBytes > 0 && o.MaxApplicationBytes >= o.MaxFileBytes && o.MaxItemsPerApplication > 0,
                $"{EvidenceOptions.SectionName}: MaxFileBytes and MaxItemsPerApplication must be greater than 0, and MaxApplicationBytes at least MaxFileBytes.")
            .ValidateOnStart();

        services.AddScoped<BadgeApplicationStore>();
        services.AddScoped<BadgeApplicationService>();
        services.AddScoped<EvidenceFileStore>();
        services.AddScoped<CurrentUsers>();
        services.AddScoped<ReviewService>();
        services.AddSingleton<IPermissionProvider, ReviewPermissions>();
        services.AddScoped<INavigationProvider, ReviewNavigationProvider>();
        services.AddScoped<IAccountLinkProvider, ApplicationsAccountLink>();

        services.AddActivity<BadgeApplicationSubmittedEvent>();
        services.AddActivity<BadgeApplicationResubmittedEvent>();
        services.AddActivity<IssueBadgeForApplicationTask>();
        services.AddActivity<ChangeApplicationStatusTask>();
        services.AddActivity<AssignReviewerTask>();
        services.AddActivity<NotifyCentreTrainersTask>();
        services.AddActivity<RecordApprovalTask>();
    }
}
