using ApprenantAgile.Badges.DataIntegrity;
using ApprenantAgile.Badges.OpenBadges.V3.Did;

namespace ApprenantAgile.Tests.OpenBadges3;

public sealed class DidResolutionTests
{
    private const string Key = "z6MknNQD1WHLGGraFi6zcbGevuAgkVfdyCdtZnQTGWVVvR5Q";

    [Theory]
    [InlineData("did:web:example.org", "https://example.org/.well-known/did.json")]
    [InlineData("did:web:example.org:centres:lyon", "https://example.org/centres/lyon/did.json")]
    [InlineData("did:web:localhost%3A8443:issuer", "https://localhost:8443/issuer/did.json")]
    public void Did_web_maps_to_https_url(string did, string expected)
    {
        Assert.Equal(expected, DidWeb.DocumentUrl(did)!.AbsoluteUri);
    }

    [Theory]
    [InlineData("did:web:")]
    [InlineData("did:web:example.org::path")]
    [InlineData("did:web:example.org#key-1")]
    [InlineData("did:key:" + Key)]
    public void Malformed_did_web_has_no_url(string did)
    {
        Assert.Null(DidWeb.DocumentUrl(did));
    }

    [Fact]
    public void Did_key_derives_its_key()
    {
        var (key, problem) = DidKey.ResolveAssertionKey("did:key:" + Key, $"did:key:{Key}#{Key}");

        Assert.Null(problem);
        Assert.Equal(Key, Multikey.EncodeEd25519PublicKey(key!));
    }

    [Fact]
    public void Did_key_rejects_other_fragment()
    {
        var (key, problem) = DidKey.ResolveAssertionKey("did:key:" + Key, $"did:key:{Key}#key-1");

        Assert.Null(key);
        Assert.Contains("is not the key of", problem);
    }
}
