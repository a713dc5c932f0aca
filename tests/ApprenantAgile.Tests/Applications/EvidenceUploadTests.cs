using System.Net;
using ApprenantAgile.Badges.Applications.Evidence;
using ApprenantAgile.Platform.Tenants;
using ApprenantAgile.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace ApprenantAgile.Tests.Applications;

/// <summary>Evidence uploads checked by content and size, and evidence downloads restricted to the applicant and reviewers.</summary>
public sealed class EvidenceUploadTests(ReviewHost host) : IClassFixture<ReviewHost>
{
    public static TheoryData<string, byte[], string> RejectedUploads => new()
    {
        { "photo.png", EvidenceSamples.Html(), "n’est pas une photo, un PDF, un son ou une vidéo" },
        { "page.html", EvidenceSamples.Html(), "n’est pas une photo, un PDF, un son ou une vidéo" },
        { "grande.png", EvidenceSamples.Png((int)ApplicationsPlatformFactory.MaxFileBytes + 1), "est trop gros" },
    };

    [Theory]
    [MemberData(nameof(RejectedUploads))]
    public async Task Upload_RejectedWithFrenchMessage_StoresNothing(string fileName, byte[] content, string expectedMessage)
    {
        var site = await host.SharedSiteAsync(DatabaseProvider.Sqlite);
        using var learner = await site.SignInAsync(ReviewTestSite.Learner);
        var id = await site.CreateDraftAsync(learner, await site.BadgeClassIdAsync(ReviewTestSite.BatisseurSlug));

        var response = await site.UploadAsync(learner, id, fileName, content);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains(expectedMessage, WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync()));
        Assert.Empty((await site.GetApplicationAsync(id)).Evidence);
        Assert.Empty(await StoredFilesAsync(site, id));
    }

    [Theory]
    [MemberData(nameof(TestDatabases.Providers), MemberType = typeof(TestDatabases))]
    public async Task Upload_Accepted_ServedOnlyToApplicantAndReviewers(DatabaseProvider provider)
    {
        var site = await host.SharedSiteAsync(provider);
        await site.CreateUserAsync("autre-apprenant", [ApprenantAgile.Platform.Security.Permissions.StandardRoles.Apprenant]);
        using var learner = await site.SignInAsync(ReviewTestSite.Learner);
        using var otherLearner = await site.SignInAsync("autre-apprenant");
        using var trainer = await site.SignInAsync(ReviewTestSite.Trainer1);
        using var anonymous = site.Factory.CreateClientForHost(ReviewTestSite.Host);
        var id = await site.CreateDraftAsync(learner, await site.BadgeClassIdAsync(ReviewTestSite.BatisseurSlug));
        Assert.Equal(HttpStatusCode.Redirect, (await site.UploadAsync(learner, id, "tableau.png", EvidenceSamples.Png())).StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, (await site.UploadAsync(learner, id, "attestation.pdf", EvidenceSamples.Pdf())).StatusCode);

        var evidence = (await site.GetApplicationAsync(id)).Evidence;
        Assert.Equal(2, evidence.Count);
        Assert.Equal(2, (await StoredFilesAsync(site, id)).Count);
        var pngUrl = $"{site.PathBase}/preuves/{id}/{evidence.Single(e => e.ContentType == "image/png").Id}";
        var pdfUrl = $"{site.PathBase}/preuves/{id}/{evidence.Single(e => e.ContentType == "application/pdf").Id}";

        var png = await learner.GetAsync(pngUrl);
        Assert.Equal(HttpStatusCode.OK, png.StatusCode);
        Assert.Equal("image/png", png.Content.Headers.ContentType?.MediaType);
        Assert.Equal("nosniff", string.Join(",", png.Headers.GetValues("X-Content-Type-Options")));
        Assert.Equal(EvidenceSamples.Png(), await png.Content.ReadAsByteArrayAsync());

        var pdf = await learner.GetAsync(pdfUrl);
        Assert.Equal(HttpStatusCode.OK, pdf.StatusCode);
        Assert.Equal("attachment", pdf.Content.Headers.ContentDisposition?.DispositionType);

        Assert.Equal(HttpStatusCode.NotFound, (await otherLearner.GetAsync(pngUrl)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await anonymous.GetAsync(pngUrl)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await trainer.GetAsync(pngUrl)).StatusCode);

        Assert.Equal(HttpStatusCode.Redirect, (await site.SubmitAsync(learner, id)).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await trainer.GetAsync(pngUrl)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await otherLearner.GetAsync(pngUrl)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await otherLearner.GetAsync($"{site.PathBase}/mes-demandes/{id}")).StatusCode);
    }

    [Fact]
    public async Task Link_OnlyHttpOrHttps()
    {
        var site = await host.SharedSiteAsync(DatabaseProvider.Sqlite);
        using var learner = await site.SignInAsync(ReviewTestSite.Learner);
        var id = await site.CreateDraftAsync(learner, await site.BadgeClassIdAsync(ReviewTestSite.BatisseurSlug));

        var script = await site.AddLinkAsync(learner, id, "javascript:alert(1)");
        var web = await site.AddLinkAsync(learner, id, "https://exemple.org/travail");

        Assert.Equal(HttpStatusCode.BadRequest, script.StatusCode);
        Assert.Contains("n’est pas une adresse web", WebUtility.HtmlDecode(await script.Content.ReadAsStringAsync()));
        Assert.Equal(HttpStatusCode.Redirect, web.StatusCode);
        Assert.Equal("https://exemple.org/travail", Assert.Single((await site.GetApplicationAsync(id)).Evidence).Url);
    }

    private static async Task<IReadOnlyList<string>> StoredFilesAsync(ReviewTestSite site, string applicationId)
    {
        await using var scope = await site.Factory.TenantHost.CreateScopeAsync(site.Tenant);
        return scope.ServiceProvider.GetRequiredService<EvidenceFileStore>().List(applicationId);
    }
}
