using ApprenantAgile.Platform.Tenants;
using ApprenantAgile.Tests.Infrastructure;

namespace ApprenantAgile.Tests.Applications;

/// <summary>
/// One host, one SMTP server and one national tenant shared by the tests of a class, with one centre
/// per database engine that tests share when their checks are about their own applications only.
/// Tests that change the centre (its workflow, its timers) create a centre of their own.
/// </summary>
public sealed class ReviewHost : IAsyncLifetime
{
    private readonly SemaphoreSlim _sharedGate = new(1, 1);
    private readonly Dictionary<DatabaseProvider, ReviewTestSite> _shared = [];

    public TestSmtpServer Smtp { get; } = new();

    public ApplicationsPlatformFactory Factory { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        await Smtp.StartAsync();
        Factory = new ApplicationsPlatformFactory(Smtp.Port);
        await Factory.SetUpNationalTenantAsync();
    }

    /// <summary>Returns the centre shared by this class's tests on <paramref name="provider"/>, creating it on first use.</summary>
    public async Task<ReviewTestSite> SharedSiteAsync(DatabaseProvider provider)
    {
        await _sharedGate.WaitAsync();
        try
        {
            if (!_shared.TryGetValue(provider, out var site))
            {
                site = await ReviewTestSite.CreateAsync(Factory, Smtp, provider);
                _shared[provider] = site;
            }

            return site;
        }
        finally
        {
            _sharedGate.Release();
        }
    }

    /// <summary>Creates a centre for one test only.</summary>
    public Task<ReviewTestSite> CreateSiteAsync(DatabaseProvider provider) => ReviewTestSite.CreateAsync(Factory, Smtp, provider);

    public async Task DisposeAsync()
    {
        Factory?.Dispose();
        await Smtp.DisposeAsync();
        _sharedGate.Dispose();
    }
}
