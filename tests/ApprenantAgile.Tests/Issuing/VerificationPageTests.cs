using System.Net;
using ApprenantAgile.Platform.Tenants;
using ApprenantAgile.Tests.Badges;
using ApprenantAgile.Tests.Infrastructure;

namespace ApprenantAgile.Tests.Issuing;

public sealed class VerificationPageTests : IClassFixture<PlatformFactory>
{
    private readonly PlatformFactory _factory;

    public VerificationPageTests(PlatformFactory factory)
    {
        _factory = factory;
    }

    [Theory]
    [InlineData("jeanne.dupont@exemple.fr", "Le badge a été délivré à cette adresse e-mail.")]
    [InlineData("JEANNE.DUPONT@EXEMPLE.FR", "Le badge a été délivré à cette adresse e-mail.")]
    [InlineData("jean.dupont@exemple.fr", "Le badge n’a pas été délivré à cette adresse e-mail.")]
    public async Task Recipient_check_normalises_email(string candidate, string expected)
    {
        var tenant = await IssuingTenant.CreateAsync(_factory, DatabaseProvider.Sqlite);
        var issued = await tenant.IssueAsync(tenant.Request(IssuingTenant.PlainSlug, "Jeanne.Dupont@Exemple.fr "));

        var page = await VerifyAsync(tenant, new() { ["Url"] = issued.AssertionUrl.AbsoluteUri, ["Email"] = candidate });

        Assert.Contains("Ce badge est valide.", page);
        Assert.Contains(expected, page);
        Assert.Contains(tenant.Class(IssuingTenant.PlainSlug).Name, page);
    }

    [Theory]
    [MemberData(nameof(TestDatabases.Providers), MemberType = typeof(TestDatabases))]
    public async Task Revoked_badge_shows_reason(DatabaseProvider provider)
    {
        var tenant = await IssuingTenant.CreateAsync(_factory, provider);
        var issued = await tenant.IssueAsync(tenant.Request(IssuingTenant.PlainSlug, "revoque@exemple.fr"));
        await IssuingActions.RevokeAsync(tenant, issued.AssertionId, "Fraude constatée à l’évaluation.");

        var page = await VerifyAsync(tenant, new() { ["Url"] = issued.AssertionUrl.AbsoluteUri });

        Assert.Contains("Ce badge a été révoqué par son émetteur.", page);
        Assert.Contains("Fraude constatée à l’évaluation.", page);
    }

    [Fact]
    public async Task Revoked_signed_badge_shows_reason()
    {
        var tenant = await IssuingTenant.CreateAsync(_factory, DatabaseProvider.Sqlite);
        var issued = await tenant.IssueAsync(tenant.Request(IssuingTenant.PlainSlug, "revoque-signe@exemple.fr"));
        using var client = _factory.CreateClientForHost(PlatformFactory.NationalHost);
        var jws = await client.GetStringAsync($"{issued.AssertionUrl}/signed");
        await IssuingActions.RevokeAsync(tenant, issued.AssertionId, "Badge en double.");

        var page = await VerifyAsync(tenant, new() { ["Text"] = jws });

        Assert.Contains("Ce badge a été révoqué par son émetteur.", page);
        Assert.Contains("Badge en double.", page);
    }

    [Fact]
    public async Task Expired_badge_says_expired()
    {
        var tenant = await IssuingTenant.CreateAsync(_factory, DatabaseProvider.Sqlite);
        var issuedOn = DateTimeOffset.UtcNow.AddMonths(-13);
        var issued = await tenant.IssueAsync(tenant.Request(IssuingTenant.ExpiringSlug, "expire@exemple.fr", issuedOn: issuedOn));

        var page = await VerifyAsync(tenant, new() { ["Url"] = issued.AssertionUrl.AbsoluteUri });

        Assert.Contains("Ce badge est authentique mais il a expiré.", page);
        Assert.DoesNotContain("Ce badge est valide.", page);
        Assert.Contains("Expiré depuis le", page);
    }

    [Fact]
    public async Task Signed_text_shows_valid_signature()
    {
        var tenant = await IssuingTenant.CreateAsync(_factory, DatabaseProvider.Sqlite);
        var issued = await tenant.IssueAsync(tenant.Request(IssuingTenant.PlainSlug, "jws@exemple.fr", issuedOn: new DateTimeOffset(2026, 3, 1, 8, 30, 0, TimeSpan.Zero)));
        using var client = _factory.CreateClientForHost(PlatformFactory.NationalHost);
        var jws = await client.GetStringAsync($"{issued.AssertionUrl}/signed");

        var page = await VerifyAsync(tenant, new() { ["Text"] = jws, ["Email"] = "jws@exemple.fr" });

        Assert.Contains("Ce badge est valide.", page);
        Assert.Contains("La signature de l’émetteur est valide", page);
        Assert.Contains("Le badge a été délivré à cette adresse e-mail.", page);
        Assert.Contains("1 mars 2026 à 09:30", page);
    }

    [Fact]
    public async Task Baked_png_upload_verifies()
    {
        var tenant = await IssuingTenant.CreateAsync(_factory, DatabaseProvider.Sqlite);
        var issued = await tenant.IssueAsync(tenant.Request(IssuingTenant.PlainSlug, "upload@exemple.fr"));
        using var client = _factory.CreateClientForHost(PlatformFactory.NationalHost);
        var png = await client.GetByteArrayAsync($"{issued.AssertionUrl}/signed-image.png");

        var page = await UploadAsync(tenant, client, png, "badge.png");

        Assert.Contains("Ce badge est valide.", page);
        Assert.Contains("La signature de l’émetteur est valide", page);
    }

    [Fact]
    public async Task Screenshot_upload_finds_no_badge()
    {
        var tenant = await IssuingTenant.CreateAsync(_factory, DatabaseProvider.Sqlite);
        using var client = _factory.CreateClientForHost(PlatformFactory.NationalHost);

        var page = await UploadAsync(tenant, client, TestImages.CreatePng(40, 30), "capture.png");

        Assert.Contains("Aucun badge n'a été trouvé dans cette image.", page);
        Assert.DoesNotContain("Badge hébergé", page);
    }

    [Fact]
    public async Task Empty_form_shows_error_summary()
    {
        var tenant = await IssuingTenant.CreateAsync(_factory, DatabaseProvider.Sqlite);

        var page = await VerifyAsync(tenant, new() { ["Url"] = "" });

        Assert.Contains("error-summary", page);
        Assert.Contains("href=\"#Url\"", page);
    }

    private async Task<string> VerifyAsync(IssuingTenant tenant, Dictionary<string, string> fields)
    {
        using var client = _factory.CreateClientForHost(PlatformFactory.NationalHost);
        var response = await TestUsers.PostFormAsync(client, $"/{tenant.Name}/verifier", fields);
        var page = WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync());
        Assert.True(response.StatusCode == HttpStatusCode.OK, $"POST /verifier returned {(int)response.StatusCode}: {page}");
        return page;
    }

    private static async Task<string> UploadAsync(IssuingTenant tenant, HttpClient client, byte[] image, string fileName)
    {
        var form = await client.GetStringAsync($"/{tenant.Name}/verifier");
        using var content = new MultipartFormDataContent
        {
            { new StringContent(TestUsers.ReadAntiforgeryToken(form)), "__RequestVerificationToken" },
            { new ByteArrayContent(image), "Image", fileName },
        };
        var response = await client.PostAsync($"/{tenant.Name}/verifier", content);
        var page = WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync());
        Assert.True(response.StatusCode == HttpStatusCode.OK, $"POST /verifier returned {(int)response.StatusCode}: {page}");
        return page;
    }
}
