using System.Net;
using System.Text.Json.Nodes;
using ApprenantAgile.Platform.Documents;
using ApprenantAgile.Platform.Recipes;
using ApprenantAgile.Platform.Security.Permissions;
using ApprenantAgile.Platform.Setup;
using ApprenantAgile.Platform.Tenants;
using ApprenantAgile.Platform.Users.Models;
using ApprenantAgile.Platform.Users.Recipes;
using ApprenantAgile.Tests.Infrastructure;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;

namespace ApprenantAgile.Tests.Security;

public sealed class SetupAndRecipeTests(PlatformFactory factory) : IClassFixture<PlatformFactory>
{
    private const string Host = "centres.test";

    [Theory]
    [MemberData(nameof(TestDatabases.Providers), MemberType = typeof(TestDatabases))]
    public async Task Setup_creates_roles_and_administrator(DatabaseProvider provider)
    {
        var tenant = PlatformFactory.UniqueTenantName("setup");
        await factory.CreateRunningTenantAsync(tenant, provider, prefix: tenant, hosts: [Host]);

        var errors = await RunSetupAsync(tenant, "Mot de passe admin 123");
        var roles = await ReadRolesAsync(tenant);
        using var client = factory.CreateClientForHost(Host);
        await TestUsers.SignInAsync(client, $"/{tenant}", "admin", "Mot de passe admin 123");
        var usersAdmin = await client.GetAsync($"/{tenant}/admin/users");

        Assert.Empty(errors);
        Assert.Equal([StandardRoles.Administrator, StandardRoles.Apprenant, StandardRoles.Formateur], roles.Roles.Select(r => r.Name).Order());
        Assert.Contains("ManageUsers", roles.Roles.Single(r => r.Name == StandardRoles.Administrator).Permissions);
        Assert.Contains("AccessAdmin", roles.Roles.Single(r => r.Name == StandardRoles.Formateur).Permissions);
        Assert.DoesNotContain("ManageUsers", roles.Roles.Single(r => r.Name == StandardRoles.Formateur).Permissions);
        Assert.Empty(roles.Roles.Single(r => r.Name == StandardRoles.Apprenant).Permissions);
        Assert.Equal(HttpStatusCode.OK, usersAdmin.StatusCode);
    }

    [Fact]
    public async Task Setup_without_password_emails_link()
    {
        await using var smtp = new TestSmtpServer();
        await smtp.StartAsync();
        using var host = factory.WithWebHostBuilder(builder =>
        {
            builder.UseSetting("Email:DeliveryMethod", "Network");
            builder.UseSetting("Email:Host", "127.0.0.1");
            builder.UseSetting("Email:Port", smtp.Port.ToString(System.Globalization.CultureInfo.InvariantCulture));
            builder.UseSetting("Email:SecureSocketOptions", "None");
        });
        var tenant = await SecurityTestHosts.CreatePrefixedTenantAsync(host, DatabaseProvider.Sqlite, "setup", Host);

        await using (var scope = await host.Services.GetRequiredService<TenantHost>().CreateScopeAsync(tenant))
        {
            var context = SetupContext(scope, password: null);
            await RunHandlersAsync(scope.ServiceProvider, context);
            Assert.Empty(context.Errors);
        }

        var link = PasswordResetTests.LinkIn((await smtp.WaitForMessagesAsync(1, TimeSpan.FromSeconds(10))).Single().TextBody);
        using var client = SecurityTestHosts.CreateClient(host, Host);
        var reset = await TestUsers.PostFormAsync(client, link, new Dictionary<string, string>
        {
            ["UserId"] = PasswordResetTests.QueryValue(link, "userId"),
            ["Token"] = PasswordResetTests.QueryValue(link, "token"),
            ["Password"] = "Mon premier mot de passe",
            ["ConfirmPassword"] = "Mon premier mot de passe",
        }, postUrl: $"/{tenant}/account/reset-password");

        // Setup runs outside a request to the tenant, so the link uses the tenant's first host and https.
        Assert.StartsWith($"https://{Host}/{tenant}/account/reset-password?", link);
        Assert.Equal(HttpStatusCode.Redirect, reset.StatusCode);
        await TestUsers.SignInAsync(client, $"/{tenant}", "admin", "Mon premier mot de passe");
    }

    [Fact]
    public async Task Roles_step_rejects_unknown_permission()
    {
        var tenant = PlatformFactory.UniqueTenantName("recette");
        await factory.CreateRunningTenantAsync(tenant, DatabaseProvider.Sqlite, prefix: tenant);
        var step = new JsonObject
        {
            ["name"] = "roles",
            ["Roles"] = new JsonArray(
                new JsonObject { ["Name"] = "Tuteur", ["Permissions"] = new JsonArray("AccessAdmin", "GererLesLicornes") },
                new JsonObject { ["Description"] = "Sans nom" }),
        };

        var errors = await ValidateRolesStepAsync(tenant, step);

        Assert.Equal(2, errors.Count);
        Assert.Contains(errors, e => e.Property == "Roles[0].Permissions[1]" && e.Message.Contains("GererLesLicornes", StringComparison.Ordinal));
        Assert.Contains(errors, e => e.Property == "Roles[1].Name");
    }

    [Theory]
    [MemberData(nameof(TestDatabases.Providers), MemberType = typeof(TestDatabases))]
    public async Task Roles_step_round_trips_through_export(DatabaseProvider provider)
    {
        var tenant = PlatformFactory.UniqueTenantName("recette");
        await factory.CreateRunningTenantAsync(tenant, provider, prefix: tenant);
        var step = new JsonObject
        {
            ["name"] = "roles",
            ["Roles"] = new JsonArray(new JsonObject
            {
                ["Name"] = "Tuteur",
                ["Description"] = "Accompagne les apprenants",
                ["Permissions"] = new JsonArray("AccessAdmin", "ManageUsers"),
            }),
        };

        var errors = await ValidateRolesStepAsync(tenant, step);
        await using (var scope = await factory.TenantHost.CreateScopeAsync(tenant))
        {
            await RolesStepOf(scope).ExecuteAsync(StepContext(scope, step), CancellationToken.None);
        }

        var exported = new List<JsonObject>();
        await using (var scope = await factory.TenantHost.CreateScopeAsync(tenant))
        {
            await scope.ServiceProvider.GetServices<IDeploymentSource>().OfType<RolesDeploymentSource>().Single().ExportAsync(exported, CancellationToken.None);
        }

        Assert.Empty(errors);
        var role = Assert.Single(exported.Single()["Roles"]!.AsArray());
        Assert.Equal("Tuteur", role!["Name"]!.GetValue<string>());
        Assert.Equal("Accompagne les apprenants", role["Description"]!.GetValue<string>());
        Assert.Equal(["AccessAdmin", "ManageUsers"], role["Permissions"]!.AsArray().Select(p => p!.GetValue<string>()));
    }

    private async Task<IList<string>> RunSetupAsync(string tenant, string? password)
    {
        await using var scope = await factory.TenantHost.CreateScopeAsync(tenant);
        var context = SetupContext(scope, password);
        await RunHandlersAsync(scope.ServiceProvider, context);
        return context.Errors;
    }

    private static TenantSetupContext SetupContext(TenantScope scope, string? password) => new()
    {
        Tenant = scope.Context.Settings,
        SiteName = "Centre de test",
        AdminEmail = "admin@example.org",
        AdminPassword = password,
        Services = scope.ServiceProvider,
    };

    private static async Task RunHandlersAsync(IServiceProvider services, TenantSetupContext context)
    {
        foreach (var handler in services.GetServices<ITenantSetupHandler>().OrderBy(h => h.Order))
        {
            await handler.SetupAsync(context, CancellationToken.None);
        }
    }

    private async Task<RolesDocument> ReadRolesAsync(string tenant)
    {
        await using var scope = await factory.TenantHost.CreateScopeAsync(tenant);
        return await scope.ServiceProvider.GetRequiredService<IDocumentStore>().GetAsync<RolesDocument>();
    }

    private async Task<List<RecipeError>> ValidateRolesStepAsync(string tenant, JsonObject step)
    {
        await using var scope = await factory.TenantHost.CreateScopeAsync(tenant);
        var errors = new List<RecipeError>();
        await RolesStepOf(scope).ValidateAsync(StepContext(scope, step), errors, CancellationToken.None);
        return errors;
    }

    private static IRecipeStepHandler RolesStepOf(TenantScope scope) =>
        scope.ServiceProvider.GetServices<IRecipeStepHandler>().Single(h => h.StepName == "roles");

    private static RecipeStepContext StepContext(TenantScope scope, JsonObject step) => new()
    {
        Recipe = new RecipeDescriptor { Name = "test", Source = "test.recipe.json" },
        StepIndex = 0,
        StepName = "roles",
        Step = step,
        Services = scope.ServiceProvider,
        Shared = new Dictionary<string, object>(),
    };
}
