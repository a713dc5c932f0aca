using System.Net;
using System.Text.RegularExpressions;
using ApprenantAgile.Badges.Abstractions;
using ApprenantAgile.Badges.Applications;
using ApprenantAgile.Badges.Assertions;
using ApprenantAgile.Platform.Data;
using ApprenantAgile.Platform.Security.Permissions;
using ApprenantAgile.Platform.Tenants;
using ApprenantAgile.Tests.Infrastructure;
using ApprenantAgile.Workflows.Timers;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using MimeKit;

namespace ApprenantAgile.Tests.Applications;

/// <summary>
/// A centre tenant created through the tenant manager with the shipped centre recipe (which copies the
/// national catalogue), with a learner, two trainers, and the HTTP steps of the learner's and trainers'
/// pages. Every step goes through the real forms with a real sign-in. Users' e-mail addresses contain the
/// tenant's name, so that tests sharing one SMTP server see only their own centre's messages.
/// </summary>
public sealed partial class ReviewTestSite(ApplicationsPlatformFactory factory, TestSmtpServer smtp, string tenant)
{
    public const string Host = "centres.test";
    public const string Learner = "apprenante";
    public const string Trainer1 = "formateur1";
    public const string Trainer2 = "formateur2";

    /// <summary>Slugs of national catalogue classes: a Bâtisseur one (one approval) and an Architecte one (two approvals).</summary>
    public const string BatisseurSlug = "numerique-batisseur";
    public const string ArchitecteSlug = "numerique-architecte";

    private static readonly TimeSpan MailTimeout = TimeSpan.FromSeconds(10);

    public ApplicationsPlatformFactory Factory { get; } = factory;

    public TestSmtpServer Smtp { get; } = smtp;

    public string Tenant { get; } = tenant;

    public string PathBase => "/" + Tenant;

    /// <summary>
    /// Creates the centre with the tenant manager and the centre recipe, then the learner and the two
    /// trainers. The national tenant must be set up first (<see cref="ApplicationsPlatformFactory.SetUpNationalTenantAsync"/>).
    /// </summary>
    public static async Task<ReviewTestSite> CreateAsync(ApplicationsPlatformFactory factory, TestSmtpServer smtp, DatabaseProvider provider)
    {
        var tenant = PlatformFactory.UniqueTenantName("centre");
        await using (var scope = factory.Services.CreateAsyncScope())
        {
            var result = await scope.ServiceProvider.GetRequiredService<TenantManager>().CreateAsync(new TenantCreateRequest
            {
                Name = tenant,
                RequestUrlPrefix = tenant,
                SiteName = "Centre APP de test",
                AdminEmail = $"direction@{tenant}.example.org",
                RecipeName = "centre",
                DatabaseProvider = provider,
            });
            Assert.True(result.Succeeded, $"Creating centre {tenant} failed: " + string.Join("; ", result.Errors.Select(e => e.Message)));
        }

        var site = new ReviewTestSite(factory, smtp, tenant);
        await site.CreateUserAsync(Learner, [StandardRoles.Apprenant]);
        await site.CreateUserAsync(Trainer1, [StandardRoles.Formateur]);
        await site.CreateUserAsync(Trainer2, [StandardRoles.Formateur]);
        return site;
    }

    public string EmailOf(string userName) => $"{userName}@{Tenant}.example.org";

    public Task CreateUserAsync(string userName, IReadOnlyList<string> roles) =>
        TestUsers.CreateAsync(Factory, Tenant, userName, roles, email: EmailOf(userName));

    /// <summary>Returns the id of the catalogue class with <paramref name="slug"/> as the centre's catalogue lists it.</summary>
    public async Task<string> BadgeClassIdAsync(string slug)
    {
        await using var scope = await Factory.TenantHost.CreateScopeAsync(Tenant);
        var classes = await scope.ServiceProvider.GetRequiredService<IBadgeClassProvider>().ListAsync();
        var badgeClass = classes.SingleOrDefault(c => c.Slug == slug);
        Assert.True(badgeClass is not null, $"The centre's catalogue has no class '{slug}'; it has {classes.Count} classes. Did the catalogue synchronisation run?");
        return badgeClass.Id;
    }

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

    /// <summary>Creates a draft for the class <paramref name="slug"/> with a PNG and sends it; returns the application id.</summary>
    public async Task<string> ApplyAsync(HttpClient learner, string slug)
    {
        var id = await CreateDraftAsync(learner, await BadgeClassIdAsync(slug));
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

    /// <summary>
    /// Returns the messages sent to <paramref name="userName"/> whose subject contains <paramref name="subjectPart"/>
    /// and whose text contains <paramref name="mentioning"/> (an application id or an assertion URL) when given.
    /// </summary>
    public IReadOnlyList<MimeMessage> MessagesTo(string userName, string subjectPart, string? mentioning = null) =>
        Smtp.Messages.Where(m => IsMessageTo(m, userName, subjectPart, mentioning)).ToList();

    /// <summary>Waits until <paramref name="count"/> messages match <see cref="MessagesTo"/>'s filter and returns them.</summary>
    public Task<IReadOnlyList<MimeMessage>> WaitForMessagesToAsync(string userName, string subjectPart, string? mentioning = null, int count = 1) =>
        Smtp.WaitForMessagesAsync(m => IsMessageTo(m, userName, subjectPart, mentioning), count, MailTimeout);

    /// <summary>Returns the assertion issued for the application, or null when none was.</summary>
    public async Task<AssertionIndex?> FindAssertionAsync(string applicationId)
    {
        await using var scope = await Factory.TenantHost.CreateScopeAsync(Tenant);
        return await scope.ServiceProvider.GetRequiredService<AssertionStore>().FindBySourceKeyAsync(SourceKeyOf(applicationId), CancellationToken.None);
    }

    /// <summary>Counts the assertions the centre's database holds for the application.</summary>
    public async Task<int> CountAssertionsAsync(string applicationId)
    {
        await using var scope = await Factory.TenantHost.CreateScopeAsync(Tenant);
        var key = SourceKeyOf(applicationId);
        return await scope.ServiceProvider.GetRequiredService<TenantDbContext>().Set<AssertionIndex>().CountAsync(a => a.SourceKey == key);
    }

    public static string SourceKeyOf(string applicationId) => $"application:{applicationId}";

    private bool IsMessageTo(MimeMessage message, string userName, string subjectPart, string? mentioning) =>
        message.To.Mailboxes.Any(a => a.Address == EmailOf(userName))
        && (message.Subject ?? "").Contains(subjectPart, StringComparison.Ordinal)
        && (mentioning is null || (message.TextBody ?? "").Contains(mentioning, StringComparison.Ordinal));

    [GeneratedRegex("/mes-demandes/([0-9a-f]{32})$")]
    private static partial Regex ApplicationIdInLocation();
}
