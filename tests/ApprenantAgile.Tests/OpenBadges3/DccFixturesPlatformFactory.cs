using ApprenantAgile.Badges.Verification;
using ApprenantAgile.Platform.Tenants;
using ApprenantAgile.Tests.Infrastructure;
using ApprenantAgile.Tests.Issuing;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;

namespace ApprenantAgile.Tests.OpenBadges3;

/// <summary>The real host, whose remote document client reaches <see cref="SavedDocumentsHandler"/> instead of the internet.</summary>
public sealed class DccFixturesPlatformFactory : PlatformFactory
{
    private readonly Lazy<Task<IssuingTenant>> _tenant;

    public DccFixturesPlatformFactory() => _tenant = new(() => IssuingTenant.CreateAsync(this, DatabaseProvider.Sqlite));

    internal SavedDocumentsHandler Documents { get; } = new();

    /// <summary>One tenant with the badges feature, whose /ob3/verify endpoint every fixture test posts to.</summary>
    internal Task<IssuingTenant> TenantAsync() => _tenant.Value;

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.ConfigureTestServices(services => services
            .AddHttpClient(RemoteDocumentClient.HttpClientName)
            .ConfigurePrimaryHttpMessageHandler(() => Documents));
    }
}
