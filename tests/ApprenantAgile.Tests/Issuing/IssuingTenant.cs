using System.Text.Json.Nodes;
using ApprenantAgile.Badges.Abstractions;
using ApprenantAgile.Badges.Catalogue;
using ApprenantAgile.Platform.Documents;
using ApprenantAgile.Platform.Settings;
using ApprenantAgile.Platform.Tenants;
using ApprenantAgile.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace ApprenantAgile.Tests.Issuing;

/// <summary>
/// A running centre tenant, reached by URL prefix on the national host, with the Badges feature and
/// the national catalogue imported through the catalogue's own reader and importer. The class
/// <see cref="ExpiringSlug"/> is given a 12-month validity so that expiry can be tested.
/// </summary>
internal sealed class IssuingTenant
{
    public const string ExpiringSlug = "communication-batisseur";
    public const string PlainSlug = "communication-explorateur";
    public const string BadgesFeature = "ApprenantAgile.Badges";

    private IssuingTenant(PlatformFactory factory, string name, IReadOnlyList<BadgeClassInfo> classes)
    {
        Factory = factory;
        Name = name;
        Classes = classes;
    }

    public PlatformFactory Factory { get; }

    public string Name { get; }

    public IReadOnlyList<BadgeClassInfo> Classes { get; }

    /// <summary>The tenant's public base, as <c>Ob2Urls</c> builds it from Platform:PublicBaseUrl and the prefix.</summary>
    public string BaseUrl => $"http://{PlatformFactory.NationalHost}/{Name}";

    public BadgeClassInfo Class(string slug) => Classes.Single(c => c.Slug == slug);

    /// <param name="extraFeatures">Features to enable besides Badges, such as "AgileTheme" for the site's home page.</param>
    public static async Task<IssuingTenant> CreateAsync(PlatformFactory factory, DatabaseProvider provider, params string[] extraFeatures)
    {
        var name = PlatformFactory.UniqueTenantName("iss");
        await factory.CreateRunningTenantAsync(name, provider, prefix: name, features: [BadgesFeature, .. extraFeatures]);

        await using var scope = await factory.TenantHost.CreateScopeAsync(name);
        var services = scope.ServiceProvider;
        var documents = services.GetRequiredService<IDocumentStore>();
        var site = await documents.GetAsync<SiteSettings>();
        site.SiteName = "APP de test";
        site.ContactEmail = "contact@app-test.fr";
        await documents.SaveAsync(site);

        var recipe = JsonNode.Parse(await File.ReadAllTextAsync(RecipePath()))!;
        var step = recipe["steps"]!.AsArray().Select(s => s!.AsObject()).Single(s => s["name"]!.GetValue<string>() == BadgeCatalogueStep.Name);
        var expiring = step["badges"]!.AsArray().Select(b => b!.AsObject()).Single(b => b["slug"]!.GetValue<string>() == ExpiringSlug);
        expiring["validityMonths"] = 12;

        var errors = new List<CatalogueError>();
        var catalogue = services.GetRequiredService<CatalogueRecipeReader>().Read(step, errors);
        Assert.True(catalogue is not null && errors.Count == 0, "Reading the national catalogue failed: " + string.Join("; ", errors.Select(e => $"{e.Property}: {e.Message}")));
        await services.GetRequiredService<CatalogueImporter>().ImportAsync(catalogue!, CancellationToken.None);

        var classes = await services.GetRequiredService<IBadgeClassProvider>().ListAsync();
        Assert.NotEmpty(classes);
        return new IssuingTenant(factory, name, classes);
    }

    public async Task<IssueResult> IssueAsync(IssueRequest request)
    {
        await using var scope = await Factory.TenantHost.CreateScopeAsync(Name);
        return await scope.ServiceProvider.GetRequiredService<IBadgeIssuer>().IssueAsync(request);
    }

    public IssueRequest Request(string slug, string email, string? sourceKey = null, DateTimeOffset? issuedOn = null) => new()
    {
        BadgeClassId = Class(slug).Id,
        RecipientEmail = email,
        RecipientName = "Jeanne Dupont",
        SourceKey = sourceKey ?? "test:" + Guid.NewGuid().ToString("N"),
        IssuedOn = issuedOn,
        Narrative = "A animé une réunion d’équipe.",
    };

    /// <summary>Runs <paramref name="action"/> with a service scope of this tenant.</summary>
    public async Task<T> WithScopeAsync<T>(Func<IServiceProvider, Task<T>> action)
    {
        await using var scope = await Factory.TenantHost.CreateScopeAsync(Name);
        return await action(scope.ServiceProvider);
    }

    private static string RecipePath()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            var candidate = Path.Combine(directory.FullName, "recipes", "catalogue-national.recipe.json");
            if (File.Exists(candidate))
            {
                return candidate;
            }
        }

        throw new FileNotFoundException($"No recipes/catalogue-national.recipe.json above {AppContext.BaseDirectory}. Run the tests from a clone of the repository.");
    }
}
