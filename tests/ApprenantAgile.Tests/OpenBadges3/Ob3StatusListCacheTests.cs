using System.Net;
using System.Text.Json.Nodes;
using ApprenantAgile.Badges.OpenBadges.V3;
using ApprenantAgile.Badges.Revocation;
using ApprenantAgile.Badges.Signing;
using ApprenantAgile.Platform.Tenants;
using ApprenantAgile.Tests.Infrastructure;
using ApprenantAgile.Tests.Issuing;
using Microsoft.Extensions.DependencyInjection;

namespace ApprenantAgile.Tests.OpenBadges3;

/// <summary>
/// The signed revocation status list is served from the document cache with a strong ETag, and a
/// revocation or a key rotation makes the next request sign a new list.
/// </summary>
public sealed class Ob3StatusListCacheTests(PlatformFactory factory) : IClassFixture<PlatformFactory>
{
    [Theory]
    [MemberData(nameof(TestDatabases.Providers), MemberType = typeof(TestDatabases))]
    public async Task StatusList_CachedUntilRevocation(DatabaseProvider provider)
    {
        var tenant = await IssuingTenant.CreateAsync(factory, provider);
        var issued = await tenant.IssueAsync(tenant.Request(IssuingTenant.PlainSlug, "cache@exemple.fr"));
        using var client = factory.CreateClientForHost(PlatformFactory.NationalHost);
        var listUrl = tenant.BaseUrl + "/ob3/status/revocation";
        var index = StatusIndex(await Ob3Http.GetAsync(client, Ob3Http.CredentialUrl(issued.AssertionUrl)));

        var (first, firstTag) = await GetListAsync(client, listUrl);
        var (second, secondTag) = await GetListAsync(client, listUrl);
        using var unchanged = await SendAsync(client, listUrl, firstTag);

        Assert.Equal(first, second);
        Assert.Equal(firstTag, secondTag);
        Assert.Equal(HttpStatusCode.NotModified, unchanged.StatusCode);
        Assert.Empty(await unchanged.Content.ReadAsByteArrayAsync());
        Assert.False(BitstringStatusList.IsSet(EncodedBits(first), index));

        await tenant.WithScopeAsync(sp => sp.GetRequiredService<AssertionRevoker>().RevokeAsync(issued.AssertionId, "Erreur de saisie", null, CancellationToken.None));
        using var changed = await SendAsync(client, listUrl, firstTag);
        var (afterRevocation, revokedTag) = await GetListAsync(client, listUrl);
        var list = JsonNode.Parse(afterRevocation)!.AsObject();
        var verification = await Ob3Http.VerifyAsync(client, list);

        Assert.Equal(HttpStatusCode.OK, changed.StatusCode);
        Assert.NotEqual(firstTag, revokedTag);
        Assert.True(BitstringStatusList.IsSet(EncodedBits(afterRevocation), index));
        Assert.True(verification.Verified, verification.FailureReason);
    }

    [Fact]
    public async Task StatusList_ResignedAfterKeyRotation()
    {
        var tenant = await IssuingTenant.CreateAsync(factory, DatabaseProvider.Sqlite);
        await tenant.IssueAsync(tenant.Request(IssuingTenant.PlainSlug, "rotation@exemple.fr"));
        using var client = factory.CreateClientForHost(PlatformFactory.NationalHost);
        var listUrl = tenant.BaseUrl + "/ob3/status/revocation";
        var (before, beforeTag) = await GetListAsync(client, listUrl);

        await tenant.WithScopeAsync(sp => sp.GetRequiredService<IssuerKeyRing>().RotateAsync(IssuerKeyType.Ed25519));
        var (after, afterTag) = await GetListAsync(client, listUrl);
        var list = JsonNode.Parse(after)!.AsObject();
        var verification = await Ob3Http.VerifyAsync(client, list);

        Assert.NotEqual(beforeTag, afterTag);
        Assert.NotEqual(VerificationMethod(before), VerificationMethod(after));
        Assert.True(verification.Verified, verification.FailureReason);
    }

    private static async Task<(string Body, string EntityTag)> GetListAsync(HttpClient client, string url)
    {
        using var response = await SendAsync(client, url, ifNoneMatch: null);
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == HttpStatusCode.OK, $"GET {url} returned {(int)response.StatusCode}: {body}");
        Assert.Equal(OpenBadgesV3.CredentialMediaType, response.Content.Headers.ContentType!.MediaType);
        Assert.NotNull(response.Headers.ETag);
        return (body, response.Headers.ETag.Tag);
    }

    private static Task<HttpResponseMessage> SendAsync(HttpClient client, string url, string? ifNoneMatch)
    {
        var request = new HttpRequestMessage(HttpMethod.Get, url);
        request.Headers.TryAddWithoutValidation("Accept", OpenBadgesV3.CredentialMediaType);
        if (ifNoneMatch is not null)
        {
            request.Headers.TryAddWithoutValidation("If-None-Match", ifNoneMatch);
        }

        return client.SendAsync(request);
    }

    private static byte[] EncodedBits(string list) =>
        BitstringStatusList.Decode(JsonNode.Parse(list)!["credentialSubject"]!["encodedList"]!.GetValue<string>());

    private static string VerificationMethod(string list) =>
        JsonNode.Parse(list)!["proof"]!["verificationMethod"]!.GetValue<string>();

    private static int StatusIndex(JsonObject credential) => int.Parse(credential["credentialStatus"]!["statusListIndex"]!.GetValue<string>());
}
