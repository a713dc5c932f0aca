using ApprenantAgile.Badges.Assertions;
using ApprenantAgile.Badges.Issuing;
using ApprenantAgile.Badges.OpenBadges;
using ApprenantAgile.Platform.Data;
using ApprenantAgile.Platform.Tenants;
using ApprenantAgile.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace ApprenantAgile.Tests.Issuing;

public sealed class BadgeIssuerTests : IClassFixture<PlatformFactory>
{
    private readonly PlatformFactory _factory;

    public BadgeIssuerTests(PlatformFactory factory)
    {
        _factory = factory;
    }

    [Theory]
    [MemberData(nameof(TestDatabases.Providers), MemberType = typeof(TestDatabases))]
    public async Task Same_source_key_issues_once(DatabaseProvider provider)
    {
        var tenant = await IssuingTenant.CreateAsync(_factory, provider);
        var request = tenant.Request(IssuingTenant.PlainSlug, "jeanne.dupont@exemple.fr", sourceKey: "application:42");

        var first = await tenant.IssueAsync(request);
        var second = await tenant.IssueAsync(request);

        Assert.False(first.AlreadyIssued);
        Assert.True(second.AlreadyIssued);
        Assert.Equal(first.AssertionId, second.AssertionId);
        Assert.Equal(1, await CountAsync(tenant, "application:42"));
    }

    [Theory]
    [MemberData(nameof(TestDatabases.Providers), MemberType = typeof(TestDatabases))]
    public async Task Concurrent_issues_make_one_assertion(DatabaseProvider provider)
    {
        var tenant = await IssuingTenant.CreateAsync(_factory, provider);
        var request = tenant.Request(IssuingTenant.PlainSlug, "concurrent@exemple.fr", sourceKey: "application:concurrent");

        var results = await Task.WhenAll(Enumerable.Range(0, 20).Select(_ => Task.Run(() => tenant.IssueAsync(request))));

        Assert.Single(results.Select(r => r.AssertionId).Distinct());
        Assert.Single(results, r => !r.AlreadyIssued);
        Assert.Equal(1, await CountAsync(tenant, "application:concurrent"));
    }

    [Theory]
    [MemberData(nameof(TestDatabases.Providers), MemberType = typeof(TestDatabases))]
    public async Task Stored_row_hides_email(DatabaseProvider provider)
    {
        var tenant = await IssuingTenant.CreateAsync(_factory, provider);
        var result = await tenant.IssueAsync(tenant.Request(IssuingTenant.PlainSlug, " Jeanne.Dupont@Exemple.fr "));

        var row = await tenant.WithScopeAsync(sp => sp.GetRequiredService<AssertionStore>().FindAsync(result.AssertionId, CancellationToken.None));

        Assert.NotNull(row);
        Assert.DoesNotContain("jeanne", row!.ProtectedRecipientEmail, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("jeanne", row.RecipientLookup, StringComparison.OrdinalIgnoreCase);
        Assert.Equal(RecipientIdentity.Hash("jeanne.dupont@exemple.fr", row.RecipientSalt), row.RecipientHash);
        var decrypted = await tenant.WithScopeAsync(sp => Task.FromResult(sp.GetRequiredService<RecipientEmailProtector>().Unprotect(row.ProtectedRecipientEmail, row.AssertionId)));
        Assert.Equal("jeanne.dupont@exemple.fr", decrypted);
    }

    [Theory]
    [MemberData(nameof(TestDatabases.Providers), MemberType = typeof(TestDatabases))]
    public async Task Each_assertion_gets_own_salt(DatabaseProvider provider)
    {
        var tenant = await IssuingTenant.CreateAsync(_factory, provider);
        var first = await tenant.IssueAsync(tenant.Request(IssuingTenant.PlainSlug, "salt@exemple.fr"));
        var second = await tenant.IssueAsync(tenant.Request(IssuingTenant.PlainSlug, "salt@exemple.fr"));

        var rows = await tenant.WithScopeAsync(async sp =>
        {
            var store = sp.GetRequiredService<AssertionStore>();
            return new[] { await store.FindAsync(first.AssertionId, default), await store.FindAsync(second.AssertionId, default) };
        });

        Assert.NotEqual(rows[0]!.RecipientSalt, rows[1]!.RecipientSalt);
        Assert.NotEqual(rows[0]!.RecipientHash, rows[1]!.RecipientHash);
        Assert.Equal(rows[0]!.RecipientLookup, rows[1]!.RecipientLookup);
    }

    [Fact]
    public async Task Expiry_follows_validity_months()
    {
        var tenant = await IssuingTenant.CreateAsync(_factory, DatabaseProvider.Sqlite);
        var issuedOn = new DateTimeOffset(2026, 3, 15, 10, 0, 0, TimeSpan.FromHours(1));

        var result = await tenant.IssueAsync(tenant.Request(IssuingTenant.ExpiringSlug, "expiry@exemple.fr", issuedOn: issuedOn));
        var row = await tenant.WithScopeAsync(sp => sp.GetRequiredService<AssertionStore>().FindAsync(result.AssertionId, default));

        Assert.Equal(issuedOn.UtcDateTime, row!.IssuedUtc);
        // 15 March 2027 10:00 in Paris is winter time (+01:00), so 09:00 UTC.
        Assert.Equal(new DateTime(2027, 3, 15, 9, 0, 0, DateTimeKind.Utc), row.ExpiresUtc);
        Assert.Equal("2027-03-15T10:00:00+01:00", ParisTime.ToParis(row.ExpiresUtc!.Value).ToString("yyyy-MM-dd'T'HH:mm:sszzz"));
    }

    [Fact]
    public async Task Unknown_badge_class_throws()
    {
        var tenant = await IssuingTenant.CreateAsync(_factory, DatabaseProvider.Sqlite);
        var request = tenant.Request(IssuingTenant.PlainSlug, "unknown@exemple.fr") with { BadgeClassId = "no-such-class" };

        var error = await Assert.ThrowsAsync<BadgeIssuingException>(() => tenant.IssueAsync(request));

        Assert.Contains("no-such-class", error.Message);
    }

    [Fact]
    public async Task Issue_emails_learner_badge_link()
    {
        var tenant = await IssuingTenant.CreateAsync(_factory, DatabaseProvider.Sqlite);
        var email = $"mail-{Guid.NewGuid():N}@exemple.fr";

        var result = await tenant.IssueAsync(tenant.Request(IssuingTenant.PlainSlug, email));

        var mailFolder = Path.Combine(_factory.AppDataPath, "Mail");
        var message = Directory.GetFiles(mailFolder, "*.eml").Select(path => MimeKit.MimeMessage.Load(path))
            .SingleOrDefault(m => m.To.Mailboxes.Any(a => a.Address == email));
        Assert.NotNull(message);
        Assert.Contains(result.AssertionUrl.AbsoluteUri, message!.TextBody);
        Assert.Contains("badge", message.Subject);
    }

    private static Task<int> CountAsync(IssuingTenant tenant, string sourceKey) =>
        tenant.WithScopeAsync(sp => sp.GetRequiredService<TenantDbContext>().Set<AssertionIndex>().CountAsync(a => a.SourceKey == sourceKey));
}
