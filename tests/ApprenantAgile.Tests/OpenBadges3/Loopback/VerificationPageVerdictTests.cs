using System.Net;
using System.Text.Json.Nodes;
using ApprenantAgile.Tests.Infrastructure;

namespace ApprenantAgile.Tests.OpenBadges3.Loopback;

/// <summary>
/// The centre's verification page (<c>/verifier</c>, over the server's TCP port) reaches the verdict that Digital
/// Bazaar's verifier reaches on the same credential, and gives its French reason.
/// </summary>
[Collection(LoopbackCentreCollection.Name)]
public sealed class VerificationPageVerdictTests(LoopbackCentre centre)
{
    [Fact]
    public async Task Tampered_credential_fails_on_both()
    {
        var credential = await centre.GetCredentialAsync(await centre.IssueAsync("page-modifie@exemple.fr"));
        credential["credentialSubject"]!["achievement"]!["name"] = "Badge inventé";

        var npm = await NpmVerifiers.DigitalBazaarAsync(centre.Factory.Origin, credential);
        var page = await PasteAsync(credential);

        Assert.Contains("Invalid signature", npm["error"]!.GetValue<string>());
        Assert.Contains("Ce badge n’a pas pu être vérifié.", page);
        Assert.Contains("La signature ne correspond pas", page);
    }

    [Fact]
    public async Task Revoked_credential_is_revoked_on_both()
    {
        var url = await centre.IssueAsync("page-revoque@exemple.fr");
        await centre.RevokeAsync(url);

        var npm = await NpmVerifiers.DigitalBazaarAsync(centre.Factory.Origin, url);
        var page = await PasteAsync(await centre.GetCredentialAsync(url));

        Assert.True(npm["revoked"]!.GetValue<bool>(), npm.ToJsonString());
        Assert.Contains("Ce badge a été révoqué par son émetteur.", page);
    }

    [Fact]
    public async Task Pre_rotation_credential_verifies_on_both()
    {
        var url = await centre.IssueAsync("page-rotation@exemple.fr");
        await centre.RotateEd25519KeyAsync();

        var npm = await NpmVerifiers.DigitalBazaarAsync(centre.Factory.Origin, url);
        var page = await PasteAsync(await centre.GetCredentialAsync(url));

        Assert.True(npm["verified"]!.GetValue<bool>(), npm.ToJsonString());
        Assert.Contains("Ce badge est valide.", page);
    }

    /// <summary>Pastes the credential's JSON into the verification page's form and returns the decoded HTML report.</summary>
    private async Task<string> PasteAsync(JsonObject credential)
    {
        using var client = new HttpClient(new HttpClientHandler { CookieContainer = new CookieContainer(), AllowAutoRedirect = false })
        {
            BaseAddress = new Uri(centre.Factory.Origin),
        };
        var response = await TestUsers.PostFormAsync(client, $"/{centre.Name}/verifier", new Dictionary<string, string> { ["Text"] = credential.ToJsonString() });
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync());
    }
}
