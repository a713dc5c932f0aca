using System.Net;
using System.Text.RegularExpressions;
using ApprenantAgile.Badges.Applications;
using ApprenantAgile.Platform.Recipes;
using ApprenantAgile.Platform.Security.Permissions;
using ApprenantAgile.Platform.Tenants;
using ApprenantAgile.Tests.Infrastructure;
using ApprenantAgile.Workflows.Timers;
using Microsoft.Extensions.DependencyInjection;
using MimeKit;

namespace ApprenantAgile.Tests.Applications;

/// <summary>
/// A centre tenant set up by the shipped centre recipe, with a learner, two trainers, and the HTTP
/// steps of the learner's and trainers' pages. Every step goes through the real forms with a real sign-in.
/// </summary>
public sealed partial class ReviewTestSite(ApplicationsPlatformFactory factory, string tenant)
{
    public const string Host = "centres.test";
    public const string Learner = "apprenante";
    public const string Trainer1 = "formateur1";
    public const string Trainer2 = "formateur2";

    public ApplicationsPlatformFactory Factory { get; } = factory;

    public string Tenant { get; } = tenant;

    public string PathBase => "/" + Tenant;

    /// <summary>Creates the tenant, runs the centre recipe on it, and creates the learner and the two trainers.</summary>
    public static async Task<ReviewTestSite> CreateAsync(ApplicationsPlatformFactory factory, DatabaseProvider provider)
    {
        var tenant = PlatformFactory.UniqueTenantName("centre");
        await factory.CreateRunningTenantAsync(tenant, provider, prefix: tenant);

        await using (var scope = await factory.TenantHost.CreateScopeAsync(tenant))
        {
            var recipe = await scope.ServiceProvider.GetRequiredService<IRecipeHarvester>().FindAsync("centre");
            Assert.NotNull(recipe);
            var result = await scope.ServiceProvider.GetRequiredService<IRecipeExecutor>()
                .ExecuteAsync(recipe, new Dictionary<string, string> { ["SiteName"] = "Centre APP de test" });
            Assert.True(result.Succeeded, "The centre recipe failed: " + string.Join("; ", result.Errors.Select(e => e.ToString())));
        }

        await TestUsers.CreateAsync(factory, tenant, Learner, [StandardRoles.Apprenant]);
        await TestUsers.CreateAsync(factory, tenant, Trainer1, [StandardRoles.Formateur]);
        await TestUsers.CreateAsync(factory, tenant, Trainer2, [StandardRoles.Formateur]);
        return new ReviewTestSite(factory, tenant);
    }

    public static string EmailOf(string userName) => $"{userName}@example.org";

    public async Task<HttpClient> SignInAsync(string userName)
    {
        var client = Factory.CreateClientForHost(Host);
        await TestUsers.SignInAsync(client, PathBase, userName);
        return client;
    }

    /// <summary>Creates a draft through the "new application" form and returns the application id.</summary>
    public async Task<string> CreateDraftAsync(HttpClient learner, string badgeClassId, string narrative = "J'ai fait un tableau de mes dépenses.")
    {
        var response = await TestUsers.PostFormAsync(learner, $"{PathBase}/mes-demandes/nouvelle", new Dictionary<string, string>
        {
            ["BadgeClassId"] = badgeClassId,
            ["Narrative"] = narrative,
        });
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var match = ApplicationIdInLocation().Match(response.Headers.Location!.ToString());
        Assert.True(match.Success, $"Creating a draft redirected to '{response.Headers.Location}', not to an application page.");
        return match.Groups[1].Value;
    }

    /// <summary>Uploads a file through the application page's file form and returns the response (a redirect on success).</summary>
    public async Task<HttpResponseMessage> UploadAsync(HttpClient learner, string applicationId, string fileName, byte[] content)
    {
        var page = await learner.GetAsync($"{PathBase}/mes-demandes/{applicationId}");
        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        using var form = new MultipartFormDataContent
        {
            { new StringContent(TestUsers.ReadAntiforgeryToken(await page.Content.ReadAsStringAsync())), "__RequestVerificationToken" },
            { new ByteArrayContent(content), "file", fileName },
        };
        return await learner.PostAsync($"{PathBase}/mes-demandes/{applicationId}/preuves/fichier", form);
    }

    public Task<HttpResponseMessage> AddLinkAsync(HttpClient learner, string applicationId, string url) =>
        TestUsers.PostFormAsync(learner, $"{PathBase}/mes-demandes/{applicationId}",
            new Dictionary<string, string> { ["linkUrl"] = url, ["linkTitle"] = "Mon tableau en ligne" },
            $"{PathBase}/mes-demandes/{applicationId}/preuves/lien");

    public Task<HttpResponseMessage> SubmitAsync(HttpClient learner, string applicationId, string comment = "") =>
        TestUsers.PostFormAsync(learner, $"{PathBase}/mes-demandes/{applicationId}",
            new Dictionary<string, string> { ["comment"] = comment },
            $"{PathBase}/mes-demandes/{applicationId}/envoyer");

    /// <summary>Creates a draft with a PNG and sends it; returns the application id.</summary>
    public async Task<string> ApplyAsync(HttpClient learner, string badgeClassId)
    {
        var id = await CreateDraftAsync(learner, badgeClassId);
        Assert.Equal(HttpStatusCode.Redirect, (await UploadAsync(learner, id, "tableau.png", EvidenceSamples.Png())).StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, (await SubmitAsync(learner, id)).StatusCode);
        return id;
    }

    /// <summary>Chooses an action of the review page with a comment; a redirect means the decision was applied.</summary>
    public Task<HttpResponseMessage> DecideAsync(HttpClient trainer, string applicationId, string action, string comment = "") =>
        TestUsers.PostFormAsync(trainer, $"{PathBase}/admin/demandes/{applicationId}",
            new Dictionary<string, string> { ["decision"] = action, ["comment"] = comment },
            $"{PathBase}/admin/demandes/{applicationId}/decision");

    public async Task<BadgeApplication> GetApplicationAsync(string applicationId)
    {
        await using var scope = await Factory.TenantHost.CreateScopeAsync(Tenant);
        var application = await scope.ServiceProvider.GetRequiredService<BadgeApplicationStore>().GetAsync(applicationId);
        Assert.NotNull(application);
        return application;
    }

    public Task<int> ProcessDueTimersAsync() =>
        Factory.Services.GetRequiredService<IWorkflowTimerProcessor>().ProcessDueTimersAsync(Tenant);

    /// <summary>Returns the messages sent to <paramref name="userName"/> whose subject contains <paramref name="subjectPart"/>.</summary>
    public static IReadOnlyList<MimeMessage> MessagesTo(TestSmtpServer smtp, string userName, string subjectPart) =>
        smtp.Messages
            .Where(m => m.To.Mailboxes.Any(a => a.Address == EmailOf(userName)) && (m.Subject ?? "").Contains(subjectPart, StringComparison.Ordinal))
            .ToList();

    [GeneratedRegex("/mes-demandes/([0-9a-f]{32})$")]
    private static partial Regex ApplicationIdInLocation();
}
