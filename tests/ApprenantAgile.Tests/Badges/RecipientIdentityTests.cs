using System.Text.Json;
using ApprenantAgile.Badges.OpenBadges;

namespace ApprenantAgile.Tests.Badges;

public sealed class RecipientIdentityTests
{
    public static TheoryData<string, string?, string> SpecVectors()
    {
        using var file = JsonDocument.Parse(File.ReadAllText(NodeInterop.FixturePath("identity-hash.json")));
        var data = new TheoryData<string, string?, string>();
        foreach (var vector in file.RootElement.GetProperty("vectors").EnumerateArray())
        {
            data.Add(vector.GetProperty("identifier").GetString()!, vector.GetProperty("salt").GetString(), vector.GetProperty("identityHash").GetString()!);
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(SpecVectors))]
    public void Hash_matches_spec_vector(string identifier, string? salt, string expected)
    {
        Assert.Equal(expected, RecipientIdentity.Hash(identifier, salt));
    }

    [Theory]
    [MemberData(nameof(SpecVectors))]
    public void Verify_accepts_spec_vector(string identifier, string? salt, string expected)
    {
        Assert.True(RecipientIdentity.Verify(identifier, expected, salt));
    }

    [Fact]
    public void Verify_accepts_uppercase_stored_hex()
    {
        var hash = RecipientIdentity.Hash("a@example.com", "Kosher");
        var upper = "sha256$" + hash["sha256$".Length..].ToUpperInvariant();

        Assert.True(RecipientIdentity.Verify("a@example.com", upper, "Kosher"));
    }

    [Fact]
    public void Verify_normalises_candidate_email()
    {
        var recipient = RecipientIdentity.Create("jeanne.dupont@exemple.fr");

        Assert.True(RecipientIdentity.Verify("Jeanne.Dupont@Exemple.fr ", recipient.Identity, recipient.Salt));
        Assert.False(RecipientIdentity.Verify("jeanne.durand@exemple.fr", recipient.Identity, recipient.Salt));
    }

    [Fact]
    public void Verify_rejects_wrong_salt()
    {
        var recipient = RecipientIdentity.Create("jeanne.dupont@exemple.fr");

        Assert.False(RecipientIdentity.Verify("jeanne.dupont@exemple.fr", recipient.Identity, recipient.Salt + "x"));
    }

    [Fact]
    public void Normalize_composes_unicode_nfc()
    {
        // "é" written as "e" + U+0301 COMBINING ACUTE ACCENT must hash like the precomposed U+00E9.
        var decomposed = "rene\u0301@exemple.fr";
        var composed = "ren\u00e9@exemple.fr";

        Assert.Equal(composed, RecipientIdentity.NormalizeEmail(decomposed));
        Assert.Equal(RecipientIdentity.Hash(composed, "s"), RecipientIdentity.Hash(decomposed, "s"));
    }

    [Fact]
    public void Create_uses_new_salt_each_time()
    {
        var first = RecipientIdentity.Create("jeanne.dupont@exemple.fr");
        var second = RecipientIdentity.Create("jeanne.dupont@exemple.fr");

        Assert.NotEqual(first.Salt, second.Salt);
        Assert.NotEqual(first.Identity, second.Identity);
        Assert.Matches("^sha256\\$[0-9a-f]{64}$", first.Identity);
    }

    [Fact]
    public void Verify_rejects_md5_identity()
    {
        Assert.False(RecipientIdentity.Verify("mayze", "md5$" + new string('0', 32), null));
    }
}
