using System.Net;
using ApprenantAgile.Badges.Applications;
using ApprenantAgile.Badges.Review;
using ApprenantAgile.Platform.Security.Permissions;
using ApprenantAgile.Platform.Tenants;
using ApprenantAgile.Platform.Users.Models;
using ApprenantAgile.Tests.Infrastructure;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;

namespace ApprenantAgile.Tests.Applications;

/// <summary>
/// A default permission that an administrator removed from a standard role stays removed when its
/// feature is disabled and enabled again on the features page.
/// </summary>
public sealed class DefaultPermissionRegrantTests(ReviewHost host) : IClassFixture<ReviewHost>
{
    private const string Administrator = "direction";

    [Theory]
    [MemberData(nameof(TestDatabases.Providers), MemberType = typeof(TestDatabases))]
    public async Task RemovedDefault_StaysRemovedAfterReenable(DatabaseProvider provider)
    {
        var tenant = PlatformFactory.UniqueTenantName("centre");
        await host.Factory.CreateRunningTenantAsync(tenant, provider, prefix: tenant, hosts: null, "ApprenantAgile.Badges", "ApprenantAgile.Workflows");
        var site = new ReviewTestSite(host.Factory, host.Smtp, tenant);
        await site.CreateUserAsync(Administrator, [StandardRoles.Administrator]);
        await site.CreateUserAsync(ReviewTestSite.Trainer1, [StandardRoles.Formateur]);
        using var administrator = await site.SignInAsync(Administrator);
        Assert.Equal(HttpStatusCode.Redirect, (await ToggleFeatureAsync(site, administrator, "enable")).StatusCode);
        Assert.Contains(ReviewPermissions.ReviewApplicationsName, await FormateurPermissionsAsync(site));

        await RemoveFromFormateurAsync(site, administrator, ReviewPermissions.ReviewApplicationsName);
        var disabled = await ToggleFeatureAsync(site, administrator, "disable");
        var enabled = await ToggleFeatureAsync(site, administrator, "enable");

        Assert.Equal(HttpStatusCode.Redirect, disabled.StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, enabled.StatusCode);
        Assert.DoesNotContain(ReviewPermissions.ReviewApplicationsName, await FormateurPermissionsAsync(site));
        Assert.Contains(ReviewPermissions.ReviewApplicationsName, await RolePermissionsAsync(site, StandardRoles.Administrator));
        using var trainer = await site.SignInAsync(ReviewTestSite.Trainer1);
        var inbox = await trainer.GetAsync($"{site.PathBase}/admin/demandes");
        Assert.Equal(HttpStatusCode.Redirect, inbox.StatusCode);
        Assert.StartsWith($"http://{ReviewTestSite.Host}{site.PathBase}/account/access-denied", inbox.Headers.Location?.ToString());
    }

    private static Task<HttpResponseMessage> ToggleFeatureAsync(ReviewTestSite site, HttpClient administrator, string action) =>
        TestUsers.PostFormAsync(administrator, $"{site.PathBase}/admin/features",
            new Dictionary<string, string>(), $"{site.PathBase}/admin/features/{ApplicationsFeature.Id}/{action}");

    /// <summary>Removes a permission from the Formateur role through the role's admin form, keeping the others.</summary>
    private static async Task RemoveFromFormateurAsync(ReviewTestSite site, HttpClient administrator, string permissionName)
    {
        var kept = (await FormateurPermissionsAsync(site)).Where(p => p != permissionName).ToList();
        var fields = new Dictionary<string, string> { ["Description"] = "Formateur" };
        for (var i = 0; i < kept.Count; i++)
        {
            fields[$"GrantedPermissions[{i}]"] = kept[i];
        }

        var saved = await TestUsers.PostFormAsync(administrator, $"{site.PathBase}/admin/roles/{StandardRoles.Formateur}", fields);
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        Assert.DoesNotContain(permissionName, await FormateurPermissionsAsync(site));
    }

    private static Task<IReadOnlyList<string>> FormateurPermissionsAsync(ReviewTestSite site) => RolePermissionsAsync(site, StandardRoles.Formateur);

    private static async Task<IReadOnlyList<string>> RolePermissionsAsync(ReviewTestSite site, string roleName)
    {
        await using var scope = await site.Factory.TenantHost.CreateScopeAsync(site.Tenant);
        var role = await scope.ServiceProvider.GetRequiredService<RoleManager<Role>>().FindByNameAsync(roleName);
        Assert.NotNull(role);
        return role.Permissions;
    }
}
