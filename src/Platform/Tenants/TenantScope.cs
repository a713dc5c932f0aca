using Microsoft.Extensions.DependencyInjection;

namespace ApprenantAgile.Platform.Tenants;

/// <summary>A service scope whose <see cref="ITenantAccessor"/> is bound to one tenant.</summary>
public sealed class TenantScope : IAsyncDisposable
{
    private readonly AsyncServiceScope _scope;
    private readonly TenantContext? _previousAmbient;

    private TenantScope(AsyncServiceScope scope, TenantContext context)
    {
        _scope = scope;
        Context = context;
        _previousAmbient = AmbientTenant.Current;
        ((TenantAccessor)scope.ServiceProvider.GetRequiredService<ITenantAccessor>()).Set(context);
    }

    public TenantContext Context { get; }

    public IServiceProvider ServiceProvider => _scope.ServiceProvider;

    public static TenantScope Create(IServiceScopeFactory factory, TenantContext context) =>
        new(factory.CreateAsyncScope(), context);

    public async ValueTask DisposeAsync()
    {
        await _scope.DisposeAsync();
        AmbientTenant.Current = _previousAmbient;
    }
}
