using System.Net;
using System.Text.Json.Nodes;
using ApprenantAgile.Badges.OpenBadges.V3;
using ApprenantAgile.Platform.Tenants;
using ApprenantAgile.Tests.Infrastructure;
using ApprenantAgile.Tests.OpenBadges3;

namespace ApprenantAgile.Tests.Endorsements;

/// <summary>
/// The national tenant endorses a centre's badge class or issuer profile through its admin. The centre's pages and
/// credentials then show the signed EndorsementCredential, which verifies, until the endorsement is withdrawn.
/// </summary>
public sealed class EndorsementTests
{
    private const string Slug = "numerique-batisseur";
    private const string Comment = "Badge conforme au référentiel national, évalué en situation réelle.";

    [Theory]
    [MemberData(nameof(TestDatabases.Providers), MemberType = typeof(TestDatabases))]
    public async Task Endorsed_class_shows_on_centre_pages(DatabaseProvider provider)
    {
        await using var site = await EndorsementSite.CreateAsync(provider);

        var response = await site.EndorseClassAsync(Slug, Comment);
        var (issued, _) = await site.IssueAsync(Slug, "lea@exemple.fr");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        using var client = site.CreateAnonymousClient();
        var classPage = await EndorsementSite.ReadPageAsync(client, $"/{site.Centre}/badges/{Slug}");
        Assert.Contains($"Reconnu par {EndorsementSite.NationalName}", classPage);
        Assert.Contains(Comment, classPage);
        var badgePage = await EndorsementSite.ReadPageAsync(client, issued.AssertionUrl.AbsoluteUri);
        Assert.Contains($"Reconnu par {EndorsementSite.NationalName}", badgePage);
        Assert.Contains(Comment, badgePage);
    }

    [Fact]
    public async Task Issued_credential_embeds_verifiable_endorsement()
    {
        await using var site = await EndorsementSite.CreateAsync(DatabaseProvider.Sqlite);
        await site.EndorseClassAsync(Slug, Comment);

        var (_, credential) = await site.IssueAsync(Slug, "noe@exemple.fr");

        var achievement = credential["credentialSubject"]!["achievement"]!.AsObject();
        var endorsement = Assert.Single(achievement["endorsement"]!.AsArray())!.AsObject();
        Assert.Equal(achievement["id"]!.GetValue<string>(), endorsement["credentialSubject"]!["id"]!.GetValue<string>());
        Assert.Equal(Comment, endorsement["credentialSubject"]!["endorsementComment"]!.GetValue<string>());
        // Platform:PublicBaseUrl of the test host is http://national.test, on the national tenant's own host.
        Assert.Equal("http://national.test/ob3/issuer", endorsement["issuer"]!["id"]!.GetValue<string>());
        Assert.Equal(["VerifiableCredential", "EndorsementCredential"], endorsement["type"]!.AsArray().Select(t => t!.GetValue<string>()));
        Assert.Null(credential["issuer"]!["endorsement"]);

        var endorsementReport = await site.VerifyAsync(endorsement);
        var credentialReport = await site.VerifyAsync(credential);
        Assert.True(endorsementReport["verified"]!.GetValue<bool>(), endorsementReport.ToJsonString());
        Assert.True(credentialReport["verified"]!.GetValue<bool>(), credentialReport.ToJsonString());
    }

    [Fact]
    public async Task Endorsement_matches_schemas_and_served_copy()
    {
        await using var site = await EndorsementSite.CreateAsync(DatabaseProvider.Sqlite);
        await site.EndorseClassAsync(Slug, Comment);

        var (_, credential) = await site.IssueAsync(Slug, "ines@exemple.fr");

        var embedded = credential["credentialSubject"]!["achievement"]!["endorsement"]![0]!.AsObject();
        foreach (var schema in Ob3Schemas.All)
        {
            Assert.Empty(Ob3Schemas.EndorsementErrors(schema, embedded));
            Assert.Empty(Ob3Schemas.Errors(schema, credential));
        }

        using var client = site.CreateAnonymousClient();
        using var response = await client.GetAsync(embedded["id"]!.GetValue<string>());
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(OpenBadgesV3.CredentialMediaType, response.Content.Headers.ContentType?.MediaType);
        Assert.True(JsonNode.DeepEquals(embedded, JsonNode.Parse(await response.Content.ReadAsStringAsync())), "The served endorsement differs from the embedded one.");
    }

    [Fact]
    public async Task Tampered_endorsement_fails_verification()
    {
        await using var site = await EndorsementSite.CreateAsync(DatabaseProvider.Sqlite);
        await site.EndorseClassAsync(Slug, Comment);
        var (_, credential) = await site.IssueAsync(Slug, "theo@exemple.fr");
        var endorsement = credential["credentialSubject"]!["achievement"]!["endorsement"]![0]!.DeepClone().AsObject();

        endorsement["credentialSubject"]!["endorsementComment"] = "Badge recommandé sans réserve.";
        var report = await site.VerifyAsync(endorsement);

        Assert.False(report["verified"]!.GetValue<bool>());
        Assert.False(report["signatureValid"]!.GetValue<bool>());
    }

    [Fact]
    public async Task Profile_endorsement_goes_in_issuer_profile()
    {
        await using var site = await EndorsementSite.CreateAsync(DatabaseProvider.Sqlite);
        await site.EndorseProfileAsync("Centre membre du réseau depuis sa création.");

        var (issued, credential) = await site.IssueAsync(Slug, "jade@exemple.fr");

        var issuer = credential["issuer"]!.AsObject();
        var endorsement = Assert.Single(issuer["endorsement"]!.AsArray())!.AsObject();
        Assert.Equal(issuer["id"]!.GetValue<string>(), endorsement["credentialSubject"]!["id"]!.GetValue<string>());
        Assert.Null(credential["credentialSubject"]!["achievement"]!["endorsement"]);
        Assert.True((await site.VerifyAsync(endorsement))["verified"]!.GetValue<bool>());
        using var client = site.CreateAnonymousClient();
        Assert.Contains($"Émetteur reconnu par {EndorsementSite.NationalName}", await EndorsementSite.ReadPageAsync(client, issued.AssertionUrl.AbsoluteUri));
    }

    [Fact]
    public async Task Withdrawn_endorsement_disappears_and_reads_revoked()
    {
        await using var site = await EndorsementSite.CreateAsync(DatabaseProvider.Sqlite);
        await site.EndorseClassAsync(Slug, Comment);
        var (_, before) = await site.IssueAsync(Slug, "lou@exemple.fr");
        var endorsement = before["credentialSubject"]!["achievement"]!["endorsement"]![0]!.AsObject();
        using var client = site.CreateAnonymousClient();
        var pageBefore = await EndorsementSite.ReadPageAsync(client, $"/{site.Centre}/badges/{Slug}");

        var response = await site.WithdrawAsync(Assert.Single(await site.ListEndorsementIdsAsync()));

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Contains("Reconnu par", pageBefore);
        // The first view put the anonymous page in the centre's page cache; the withdrawal must expire it.
        Assert.DoesNotContain("Reconnu par", await EndorsementSite.ReadPageAsync(client, $"/{site.Centre}/badges/{Slug}"));
        var report = await site.VerifyAsync(endorsement);
        Assert.False(report["verified"]!.GetValue<bool>());
        Assert.Equal("Revoked", report["outcome"]!.GetValue<string>());
        var (_, after) = await site.IssueAsync(Slug, "lou-apres@exemple.fr");
        Assert.Null(after["credentialSubject"]!["achievement"]!["endorsement"]);
    }

    [Fact]
    public async Task Second_endorsement_of_same_class_rejected()
    {
        await using var site = await EndorsementSite.CreateAsync(DatabaseProvider.Sqlite);
        await site.EndorseClassAsync(Slug, Comment);

        var second = await site.EndorseClassAsync(Slug, "Autre commentaire.");

        Assert.Equal(HttpStatusCode.OK, second.StatusCode);
        Assert.Contains("est déjà reconnu", WebUtility.HtmlDecode(await second.Content.ReadAsStringAsync()));
        Assert.Single(await site.ListEndorsementIdsAsync());
    }

    [Fact]
    public async Task Endorsement_without_comment_rejected()
    {
        await using var site = await EndorsementSite.CreateAsync(DatabaseProvider.Sqlite);

        var response = await site.EndorseClassAsync(Slug, "  ");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("Le commentaire manque.", WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync()));
        Assert.Empty(await site.ListEndorsementIdsAsync());
    }

    [Fact]
    public async Task National_user_without_permission_gets_403()
    {
        await using var site = await EndorsementSite.CreateAsync(DatabaseProvider.Sqlite);
        await TestUsers.CreateAsync(site.Factory, TenantSettings.DefaultTenantName, "lecteur", []);
        using var client = site.Factory.CreateClientForHost(PlatformFactory.NationalHost);
        await TestUsers.SignInAsync(client, "", "lecteur");

        var page = await client.GetAsync(site.AdminPage);
        var post = await client.PostAsync("/admin/badges/endorsements", new FormUrlEncodedContent(new Dictionary<string, string>()));

        // The cookie scheme sends a signed-in user without the permission to the access-denied page, which returns 403.
        Assert.Equal(HttpStatusCode.Redirect, page.StatusCode);
        Assert.Contains("/account/access-denied", page.Headers.Location!.ToString());
        Assert.Equal(HttpStatusCode.Forbidden, (await client.GetAsync(page.Headers.Location)).StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, post.StatusCode);
        Assert.Contains("/account/access-denied", post.Headers.Location!.ToString());
        Assert.Empty(await site.ListEndorsementIdsAsync());
    }

    [Fact]
    public async Task Centre_administrator_gets_404()
    {
        await using var site = await EndorsementSite.CreateAsync(DatabaseProvider.Sqlite);
        await TestUsers.CreateAsync(site.Factory, site.Centre, "admin-centre", [Platform.Security.Permissions.StandardRoles.Administrator]);
        using var client = site.Factory.CreateClientForHost(PlatformFactory.NationalHost);
        await TestUsers.SignInAsync(client, $"/{site.Centre}", "admin-centre");

        var page = await client.GetAsync($"/{site.Centre}/admin/badges/endorsements");

        Assert.Equal(HttpStatusCode.NotFound, page.StatusCode);
    }
}
