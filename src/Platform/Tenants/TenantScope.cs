using Microsoft.Extensions.DependencyInjection;

namespace ApprenantAgile.Platform.Tenants;

/// <summary>A service scope whose <see cref="ITenantAccessor"/> is bound to one tenant.</summary>
public sealed class TenantScope : IAsyncDisposable
{
    private readonly AsyncServiceScope _scope;
    private TenantContext? _previousAmbient;
    private bool _enteredAmbient;

    private TenantScope(AsyncServiceScope scope, TenantContext context)
    {
        _scope = scope;
        Context = context;
        ((TenantAccessor)scope.ServiceProvider.GetRequiredService<ITenantAccessor>()).Set(context);
    }

    public TenantContext Context { get; }

    /// <summary>
    /// The scope's services. Reading it also makes this tenant the <see cref="AmbientTenant"/> of the
    /// caller's flow, for singletons such as data protection. The getter is synchronous on purpose:
    /// an AsyncLocal set inside an async method would not reach the caller.
    /// </summary>
    public IServiceProvider ServiceProvider
    {
        get
        {
            if (!_enteredAmbient)
            {
                _previousAmbient = AmbientTenant.Current;
                _enteredAmbient = true;
            }

            AmbientTenant.Current = Context;
            return _scope.ServiceProvider;
        }
    }

    public static TenantScope Create(IServiceScopeFactory factory, TenantContext context) =>
        new(factory.CreateAsyncScope(), context);

    /// <summary>Disposes the services and restores the caller's previous ambient tenant (synchronously, for the same reason).</summary>
    public ValueTask DisposeAsync()
    {
        if (_enteredAmbient)
        {
            AmbientTenant.Current = _previousAmbient;
        }

        return _scope.DisposeAsync();
    }
}
