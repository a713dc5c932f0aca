using ApprenantAgile.Badges.OpenBadges.V3;
using ApprenantAgile.Platform.Data;
using ApprenantAgile.Platform.Tenants;
using ApprenantAgile.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace ApprenantAgile.Tests.OpenBadges3;

/// <summary>
/// <see cref="Ob3CredentialStore.TryInsertAsync"/> returns false only when a unique key rejects the row,
/// on the tenant's real database, and throws every other failure.
/// </summary>
public sealed class Ob3CredentialStoreTests(PlatformFactory factory) : IClassFixture<PlatformFactory>
{
    private const string BadgesFeature = "ApprenantAgile.Badges";

    [Theory]
    [MemberData(nameof(TestDatabases.Providers), MemberType = typeof(TestDatabases))]
    public async Task TryInsert_UniqueConflictsReturnFalse(DatabaseProvider provider)
    {
        var tenant = await CreateTenantAsync(provider);
        await using var scope = await factory.TenantHost.CreateScopeAsync(tenant);
        var store = scope.ServiceProvider.GetRequiredService<Ob3CredentialStore>();

        var stored = await store.TryInsertAsync(Credential("a1", statusListIndex: 5), CancellationToken.None);
        var sameAssertion = await store.TryInsertAsync(Credential("a1", statusListIndex: 6), CancellationToken.None);
        var sameIndex = await store.TryInsertAsync(Credential("a2", statusListIndex: 5), CancellationToken.None);
        var other = await store.TryInsertAsync(Credential("a3", statusListIndex: 7), CancellationToken.None);

        Assert.True(stored);
        Assert.False(sameAssertion);
        Assert.False(sameIndex);
        Assert.True(other);
        Assert.Equal(5, (await store.FindAsync(AssertionId("a1"), CancellationToken.None))!.StatusListIndex);
        Assert.Null(await store.FindAsync(AssertionId("a2"), CancellationToken.None));
    }

    [Theory]
    [MemberData(nameof(TestDatabases.Providers), MemberType = typeof(TestDatabases))]
    public async Task TryInsert_NotNullViolationThrows(DatabaseProvider provider)
    {
        var tenant = await CreateTenantAsync(provider);
        await using var scope = await factory.TenantHost.CreateScopeAsync(tenant);
        var store = scope.ServiceProvider.GetRequiredService<Ob3CredentialStore>();
        var withoutJson = new Ob3Credential
        {
            AssertionId = AssertionId("a1"),
            StatusListIndex = 1,
            KeyId = "k1",
            CredentialJson = null!,
            CreatedUtc = DateTime.UtcNow,
        };

        // A NOT NULL failure is a constraint failure too (SQLite code 19, PostgreSQL class 23), but not a unique one.
        var exception = await Assert.ThrowsAsync<DbUpdateException>(() => store.TryInsertAsync(withoutJson, CancellationToken.None));

        Assert.False(DatabaseErrors.IsUniqueViolation(exception));
        Assert.True(await store.TryInsertAsync(Credential("a2", statusListIndex: 1), CancellationToken.None));
    }

    [Theory]
    [MemberData(nameof(TestDatabases.Providers), MemberType = typeof(TestDatabases))]
    public async Task TryInsert_DroppedTableThrows(DatabaseProvider provider)
    {
        var tenant = await CreateTenantAsync(provider);
        await using var scope = await factory.TenantHost.CreateScopeAsync(tenant);
        var db = scope.ServiceProvider.GetRequiredService<TenantDbContext>();
        await db.Database.ExecuteSqlRawAsync($"DROP TABLE \"{Ob3CredentialMigrations.CredentialTable}\"");
        var store = scope.ServiceProvider.GetRequiredService<Ob3CredentialStore>();

        var exception = await Assert.ThrowsAsync<DbUpdateException>(() => store.TryInsertAsync(Credential("a1", statusListIndex: 1), CancellationToken.None));

        Assert.False(DatabaseErrors.IsUniqueViolation(exception));
    }

    private async Task<string> CreateTenantAsync(DatabaseProvider provider)
    {
        var name = PlatformFactory.UniqueTenantName("ob3store");
        await factory.CreateRunningTenantAsync(name, provider, prefix: name, hosts: null, BadgesFeature);
        return name;
    }

    private static Ob3Credential Credential(string assertion, int statusListIndex) => new()
    {
        AssertionId = AssertionId(assertion),
        StatusListIndex = statusListIndex,
        KeyId = "k1",
        CredentialJson = "{}",
        CreatedUtc = DateTime.UtcNow,
    };

    /// <summary>Returns a 32-character assertion id that starts with <paramref name="name"/>, as the column holds.</summary>
    private static string AssertionId(string name) => name.PadRight(32, '0');
}
