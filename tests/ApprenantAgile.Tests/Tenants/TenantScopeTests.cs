using System.Text;
using ApprenantAgile.Platform.Tenants;
using ApprenantAgile.Tests.Infrastructure;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.Extensions.DependencyInjection;

namespace ApprenantAgile.Tests.Tenants;

public sealed class TenantScopeTests : IClassFixture<PlatformFactory>
{
    private readonly PlatformFactory _factory;

    public TenantScopeTests(PlatformFactory factory)
    {
        _factory = factory;
    }

    [Fact]
    public async Task Scope_protects_data_outside_requests()
    {
        var name = PlatformFactory.UniqueTenantName("scope");
        await _factory.CreateRunningTenantAsync(name, DatabaseProvider.Sqlite, prefix: name);

        await using var scope = await _factory.TenantHost.CreateScopeAsync(name);
        var protector = scope.ServiceProvider.GetRequiredService<IDataProtectionProvider>().CreateProtector("test");
        var protectedBytes = protector.Protect(Encoding.UTF8.GetBytes("secret"));

        Assert.Equal("secret", Encoding.UTF8.GetString(protector.Unprotect(protectedBytes)));
    }

    [Fact]
    public async Task Data_protected_in_one_tenant_fails_in_another()
    {
        var first = PlatformFactory.UniqueTenantName("scope-a");
        var second = PlatformFactory.UniqueTenantName("scope-b");
        await _factory.CreateRunningTenantAsync(first, DatabaseProvider.Sqlite, prefix: first);
        await _factory.CreateRunningTenantAsync(second, DatabaseProvider.Sqlite, prefix: second);

        byte[] protectedBytes;
        await using (var scope = await _factory.TenantHost.CreateScopeAsync(first))
        {
            protectedBytes = scope.ServiceProvider.GetRequiredService<IDataProtectionProvider>()
                .CreateProtector("test").Protect(Encoding.UTF8.GetBytes("secret"));
        }

        await using var other = await _factory.TenantHost.CreateScopeAsync(second);
        var otherProtector = other.ServiceProvider.GetRequiredService<IDataProtectionProvider>().CreateProtector("test");

        Assert.ThrowsAny<System.Security.Cryptography.CryptographicException>(() => otherProtector.Unprotect(protectedBytes));
    }
}
