using System.Net;
using ApprenantAgile.Badges.Applications;
using ApprenantAgile.Badges.Review;
using ApprenantAgile.Platform.Recipes;
using ApprenantAgile.Platform.Security.Permissions;
using ApprenantAgile.Platform.Tenants;
using ApprenantAgile.Platform.Users.Models;
using ApprenantAgile.Tests.Infrastructure;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;

namespace ApprenantAgile.Tests.Applications;

/// <summary>
/// Standard roles that existed before the applications feature receive its default permissions when it
/// is enabled. The Formateur role is created first with the trainer permissions of the other features,
/// as on a centre set up before the review module was deployed.
/// </summary>
public sealed class FormateurRoleTests(ReviewHost host) : IClassFixture<ReviewHost>
{
    private const string Administrator = "direction";

    [Theory]
    [MemberData(nameof(TestDatabases.Providers), MemberType = typeof(TestDatabases))]
    public async Task ExistingFormateur_ReviewsAfterFeatureEnabled(DatabaseProvider provider)
    {
        var tenant = PlatformFactory.UniqueTenantName("centre");
        await host.Factory.CreateRunningTenantAsync(tenant, provider, prefix: tenant, hosts: null, "ApprenantAgile.Badges", "ApprenantAgile.Workflows");
        var site = new ReviewTestSite(host.Factory, host.Smtp, tenant);
        await TestUsers.CreateRoleAsync(host.Factory, tenant, StandardRoles.Formateur, await TrainerPermissionsWithoutReviewAsync(site));
        await site.CreateUserAsync(Administrator, [StandardRoles.Administrator]);
        await site.CreateUserAsync(ReviewTestSite.Trainer1, [StandardRoles.Formateur]);
        await site.CreateUserAsync(ReviewTestSite.Learner, [StandardRoles.Apprenant]);
        Assert.DoesNotContain(ReviewPermissions.ReviewApplicationsName, await FormateurPermissionsAsync(site));
        using var trainer = await site.SignInAsync(ReviewTestSite.Trainer1);
        Assert.Equal(HttpStatusCode.NotFound, (await trainer.GetAsync($"{site.PathBase}/admin/demandes")).StatusCode);

        using var administrator = await site.SignInAsync(Administrator);
        var enable = await TestUsers.PostFormAsync(administrator, $"{site.PathBase}/admin/features",
            new Dictionary<string, string>(), $"{site.PathBase}/admin/features/{ApplicationsFeature.Id}/enable");

        Assert.Equal(HttpStatusCode.Redirect, enable.StatusCode);
        Assert.Contains(ReviewPermissions.ReviewApplicationsName, await FormateurPermissionsAsync(site));
        Assert.Equal(HttpStatusCode.OK, (await trainer.GetAsync($"{site.PathBase}/admin/demandes")).StatusCode);

        // The centre recipe brings the catalogue and the review workflow; the feature is enabled already.
        await RunCentreRecipeAsync(site);
        using var learner = await site.SignInAsync(ReviewTestSite.Learner);
        var id = await site.ApplyAsync(learner, ReviewTestSite.BatisseurSlug);
        var approved = await site.DecideAsync(trainer, id, ReviewActions.Approve);

        Assert.Equal(HttpStatusCode.Redirect, approved.StatusCode);
        Assert.Equal(BadgeApplicationStatus.Approved, (await site.GetApplicationAsync(id)).Status);
        await IssuedAssertionChecks.AssertIssuedToAsync(site, id, ReviewTestSite.Learner);
    }

    private static async Task<IReadOnlyList<string>> FormateurPermissionsAsync(ReviewTestSite site)
    {
        await using var scope = await site.Factory.TenantHost.CreateScopeAsync(site.Tenant);
        var role = await scope.ServiceProvider.GetRequiredService<RoleManager<Role>>().FindByNameAsync(StandardRoles.Formateur);
        Assert.NotNull(role);
        return role.Permissions;
    }

    private static async Task<IReadOnlyList<string>> TrainerPermissionsWithoutReviewAsync(ReviewTestSite site)
    {
        await using var scope = await site.Factory.TenantHost.CreateScopeAsync(site.Tenant);
        var stereotypes = scope.ServiceProvider.GetRequiredService<PermissionService>().GetDefaultStereotypes();
        return stereotypes[StandardRoles.Formateur].Where(p => p != ReviewPermissions.ReviewApplicationsName).ToList();
    }

    private static async Task RunCentreRecipeAsync(ReviewTestSite site)
    {
        await using var scope = await site.Factory.TenantHost.CreateScopeAsync(site.Tenant);
        var recipe = await scope.ServiceProvider.GetRequiredService<IRecipeHarvester>().FindAsync("centre");
        Assert.NotNull(recipe);
        var result = await scope.ServiceProvider.GetRequiredService<IRecipeExecutor>()
            .ExecuteAsync(recipe, new Dictionary<string, string> { ["SiteName"] = "Centre APP de test" });
        Assert.True(result.Succeeded, "The centre recipe failed: " + string.Join("; ", result.Errors));
    }
}
