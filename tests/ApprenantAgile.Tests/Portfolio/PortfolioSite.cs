using System.Net;
using System.Text.RegularExpressions;
using ApprenantAgile.Badges.Applications;
using ApprenantAgile.Badges.Applications.Evidence;
using ApprenantAgile.Platform.Features;
using ApprenantAgile.Platform.Security.Permissions;
using ApprenantAgile.Platform.Tenants;
using ApprenantAgile.Tests.Applications;
using ApprenantAgile.Tests.Infrastructure;
using ApprenantAgile.Tests.Issuing;
using Microsoft.Extensions.DependencyInjection;

namespace ApprenantAgile.Tests.Portfolio;

/// <summary>
/// A centre tenant with the national catalogue, the Portfolio feature and two learners. The first
/// learner has three badges, each with a file, a link and a text of evidence from an approved
/// application. The class also runs the HTTP steps of the page editor.
/// </summary>
internal sealed partial class PortfolioSite
{
    public const string Learner = "apprenante";
    public const string OtherLearner = "autre";
    public const string PortfolioFeature = "ApprenantAgile.Portfolio";

    public static readonly string[] LearnerSlugs = ["communication-explorateur", "numerique-batisseur", "citoyennete-architecte"];

    private PortfolioSite(IssuingTenant tenant, string learnerId, IReadOnlyList<HeldBadgeSample> badges)
    {
        Tenant = tenant;
        LearnerId = learnerId;
        Badges = badges;
    }

    public IssuingTenant Tenant { get; }

    public string LearnerId { get; }

    /// <summary>The learner's badges, in the order of <see cref="LearnerSlugs"/>.</summary>
    public IReadOnlyList<HeldBadgeSample> Badges { get; }

    public string PathBase => "/" + Tenant.Name;

    public static async Task<PortfolioSite> CreateAsync(PlatformFactory factory, DatabaseProvider provider)
    {
        var tenant = await IssuingTenant.CreateAsync(factory, provider);
        await using (var scope = await factory.TenantHost.CreateScopeAsync(tenant.Name))
        {
            var result = await scope.ServiceProvider.GetRequiredService<TenantFeatureManager>().EnableAsync([PortfolioFeature]);
            Assert.True(result.Succeeded, "Enabling the Portfolio feature failed: " + string.Join("; ", result.Errors));
        }

        var learnerId = await TestUsers.CreateAsync(factory, tenant.Name, Learner, [StandardRoles.Apprenant]);
        await TestUsers.CreateAsync(factory, tenant.Name, OtherLearner, [StandardRoles.Apprenant]);

        var badges = new List<HeldBadgeSample>();
        foreach (var slug in LearnerSlugs)
        {
            badges.Add(await AwardWithEvidenceAsync(tenant, learnerId, Learner, slug));
        }

        return new PortfolioSite(tenant, learnerId, badges);
    }

    /// <summary>
    /// Issues the badge <paramref name="slug"/> to the user through the real issuer, and stores the
    /// approved application behind it with a PNG file, a link and a text of evidence.
    /// </summary>
    public static async Task<HeldBadgeSample> AwardWithEvidenceAsync(IssuingTenant tenant, string userId, string userName, string slug)
    {
        var issued = await tenant.IssueAsync(tenant.Request(slug, $"{userName}@example.org"));
        var badgeClass = tenant.Class(slug);

        return await tenant.WithScopeAsync(async services =>
        {
            var application = new BadgeApplication
            {
                ApplicantUserId = userId,
                ApplicantEmail = $"{userName}@example.org",
                ApplicantName = userName,
                BadgeClassId = badgeClass.Id,
                BadgeName = badgeClass.Name,
                Narrative = "J'ai organisé une réunion.",
                Status = BadgeApplicationStatus.Approved,
                AssertionId = issued.AssertionId,
                AssertionUrl = issued.AssertionUrl.ToString(),
                CreatedUtc = DateTime.UtcNow,
                ModifiedUtc = DateTime.UtcNow,
            };

            using var png = new MemoryStream(EvidenceSamples.Png());
            var storedName = await services.GetRequiredService<EvidenceFileStore>().SaveAsync(application.Id, png, 1024 * 1024, CancellationToken.None);
            var file = new ApplicationEvidence { ApplicationId = application.Id, Kind = EvidenceKind.File, Title = $"photo-{slug}.png", ContentType = "image/png", Length = 1024, StoredName = storedName, CreatedUtc = DateTime.UtcNow };
            var link = new ApplicationEvidence { ApplicationId = application.Id, Kind = EvidenceKind.Link, Title = $"lien-{slug}", Url = $"https://exemple.org/{slug}", CreatedUtc = DateTime.UtcNow.AddSeconds(1) };
            var text = new ApplicationEvidence { ApplicationId = application.Id, Kind = EvidenceKind.Text, Title = $"texte-{slug}", Text = $"Récit secret {slug}", CreatedUtc = DateTime.UtcNow.AddSeconds(2) };
            application.Evidence.AddRange([file, link, text]);
            await services.GetRequiredService<BadgeApplicationStore>().AddAsync(application);

            return new HeldBadgeSample(slug, badgeClass.Name, issued.AssertionId, file.Id, link.Id, text.Id);
        });
    }

    public async Task<HttpClient> SignInAsync(string userName)
    {
        var client = Tenant.Factory.CreateClientForHost(PlatformFactory.NationalHost);
        await TestUsers.SignInAsync(client, PathBase, userName);
        return client;
    }

    public HttpClient Anonymous() => Tenant.Factory.CreateClientForHost(PlatformFactory.NationalHost);

    public string CredentialUrl(string assertionId) => $"{Tenant.BaseUrl}/ob2/assertions/{assertionId}";

    /// <summary>
    /// Posts the editor form (a new page when <paramref name="pageId"/> is null) and returns the
    /// response. Fields are posted as given, several values per name allowed.
    /// </summary>
    public async Task<HttpResponseMessage> PostPageAsync(HttpClient client, string? pageId, IEnumerable<KeyValuePair<string, string>> fields)
    {
        var formUrl = pageId is null ? $"{PathBase}/mon-espace/pages/nouvelle" : $"{PathBase}/mon-espace/pages/{pageId}";
        var form = await client.GetAsync(formUrl);
        Assert.Equal(HttpStatusCode.OK, form.StatusCode);
        var token = TestUsers.ReadAntiforgeryToken(await form.Content.ReadAsStringAsync(), formUrl);

        var values = fields.Append(new("__RequestVerificationToken", token)).ToList();
        return await client.PostAsync(formUrl, new FormUrlEncodedContent(values));
    }

    /// <summary>Creates a page through the editor and returns its id, read from the redirect.</summary>
    public async Task<string> CreatePageAsync(HttpClient client, string title, string visibility, IReadOnlyList<(HeldBadgeSample Badge, string[] EvidenceIds)> badges, string shareEndDate = "", string introduction = "")
    {
        var response = await PostPageAsync(client, null, PageFields(title, visibility, badges, shareEndDate, introduction));
        Assert.True(response.StatusCode == HttpStatusCode.Redirect, $"Creating the page returned {(int)response.StatusCode}: {await response.Content.ReadAsStringAsync()}");
        var match = PageIdInLocation().Match(response.Headers.Location!.ToString());
        Assert.True(match.Success, $"Creating a page redirected to '{response.Headers.Location}', not to the editor.");
        return match.Groups[1].Value;
    }

    public static List<KeyValuePair<string, string>> PageFields(
        string title, string visibility, IReadOnlyList<(HeldBadgeSample Badge, string[] EvidenceIds)> badges, string shareEndDate = "", string introduction = "")
    {
        var fields = new List<KeyValuePair<string, string>>
        {
            new("Title", title),
            new("Introduction", introduction),
            new("Visibility", visibility),
            new("ShareEndDate", shareEndDate),
        };

        for (var i = 0; i < badges.Count; i++)
        {
            var (badge, evidenceIds) = badges[i];
            fields.Add(new("badges", badge.AssertionId));
            fields.Add(new($"position-{badge.AssertionId}", (i + 1).ToString(System.Globalization.CultureInfo.InvariantCulture)));
            fields.AddRange(evidenceIds.Select(id => new KeyValuePair<string, string>($"evidence-{badge.AssertionId}", id)));
        }

        return fields;
    }

    /// <summary>Returns the share link shown in the editor of a link-only page.</summary>
    public async Task<string> ReadShareLinkAsync(HttpClient owner, string pageId)
    {
        var html = await owner.GetStringAsync($"{PathBase}/mon-espace/pages/{pageId}");
        var match = ShareLinkInEditor().Match(html);
        Assert.True(match.Success, "The editor of a link-only page shows no share link.");
        return new Uri(WebUtility.HtmlDecode(match.Groups[1].Value)).PathAndQuery;
    }

    [GeneratedRegex("/mon-espace/pages/([0-9a-f]{32})\\?")]
    private static partial Regex PageIdInLocation();

    [GeneratedRegex("id=\"lien-page\"[^>]*value=\"([^\"]+)\"")]
    private static partial Regex ShareLinkInEditor();
}

/// <summary>A badge issued in a test, with the ids of its application's file, link and text evidence.</summary>
internal sealed record HeldBadgeSample(string Slug, string Name, string AssertionId, string FileEvidenceId, string LinkEvidenceId, string TextEvidenceId)
{
    public IReadOnlyList<string> EvidenceIds => [FileEvidenceId, LinkEvidenceId, TextEvidenceId];
}
