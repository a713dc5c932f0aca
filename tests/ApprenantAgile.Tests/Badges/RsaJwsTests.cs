using System.Buffers.Text;
using System.Security.Cryptography;
using System.Text;
using ApprenantAgile.Badges.Signing;

namespace ApprenantAgile.Tests.Badges;

public sealed class RsaJwsTests
{
    private static readonly byte[] Payload = Encoding.UTF8.GetBytes("""{"@context":"https://w3id.org/openbadges/v2","type":"Assertion","id":"urn:uuid:a953081a-4bbd-4927-9653-7219bca00e3b"}""");

    [Fact]
    public void Verify_accepts_signature_with_public_key()
    {
        using var key = RSA.Create(2048);
        var jws = RsaJws.Sign(Payload, key);

        using var publicKey = RSA.Create();
        publicKey.ImportSubjectPublicKeyInfo(key.ExportSubjectPublicKeyInfo(), out _);
        var result = RsaJws.Verify(jws, publicKey);

        Assert.Equal(JwsVerificationStatus.Valid, result.Status);
        Assert.Equal(Payload, result.Payload);
    }

    [Fact]
    public void Sign_writes_rs256_header_without_padding()
    {
        using var key = RSA.Create(2048);
        var parts = RsaJws.Sign(Payload, key).Split('.');

        Assert.Equal(3, parts.Length);
        Assert.Equal("""{"alg":"RS256"}""", Encoding.UTF8.GetString(Base64Url.DecodeFromChars(parts[0])));
        Assert.Equal(Payload, Base64Url.DecodeFromChars(parts[1]));
        Assert.DoesNotContain(parts, part => part.Contains('=') || part.Contains('+') || part.Contains('/'));
    }

    [Fact]
    public void Sign_adds_kid_when_given()
    {
        using var key = RSA.Create(2048);
        var jws = RsaJws.Sign(Payload, key, "key-1");

        var header = Encoding.UTF8.GetString(Base64Url.DecodeFromChars(jws.Split('.')[0]));
        Assert.Equal("""{"alg":"RS256","kid":"key-1"}""", header);
        Assert.Equal("key-1", RsaJws.Verify(jws, key).KeyId);
    }

    [Fact]
    public void Verify_fails_after_payload_byte_change()
    {
        using var key = RSA.Create(2048);
        var parts = RsaJws.Sign(Payload, key).Split('.');
        var tampered = (byte[])Payload.Clone();
        tampered[^3] ^= 0x01;

        var result = RsaJws.Verify(parts[0] + "." + Base64Url.EncodeToString(tampered) + "." + parts[2], key);

        Assert.Equal(JwsVerificationStatus.InvalidSignature, result.Status);
        Assert.Null(result.Payload);
    }

    [Fact]
    public void Verify_fails_with_other_key()
    {
        using var key = RSA.Create(2048);
        using var otherKey = RSA.Create(2048);

        var result = RsaJws.Verify(RsaJws.Sign(Payload, key), otherKey);

        Assert.Equal(JwsVerificationStatus.InvalidSignature, result.Status);
    }

    [Theory]
    [InlineData("only.two")]
    [InlineData("a.b.c.d")]
    [InlineData("e30.e30.###")]
    [InlineData("e30=.e30.AAAA")]
    public void Verify_reports_malformed_jws(string jws)
    {
        using var key = RSA.Create(2048);

        var result = RsaJws.Verify(jws, key);

        Assert.Equal(JwsVerificationStatus.Malformed, result.Status);
        Assert.False(string.IsNullOrEmpty(result.Reason));
    }

    [Fact]
    public void Verify_rejects_alg_none()
    {
        using var key = RSA.Create(2048);
        var parts = RsaJws.Sign(Payload, key).Split('.');
        var noneHeader = Base64Url.EncodeToString("""{"alg":"none"}"""u8);

        var result = RsaJws.Verify(noneHeader + "." + parts[1] + "." + parts[2], key);

        Assert.Equal(JwsVerificationStatus.Malformed, result.Status);
        Assert.Contains("none", result.Reason);
    }

    [Fact]
    public void Sign_rejects_1024_bit_key()
    {
        using var key = RSA.Create(1024);

        var error = Assert.Throws<ArgumentException>(() => RsaJws.Sign(Payload, key));
        Assert.Contains("1024", error.Message);
    }
}
