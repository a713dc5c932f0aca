using System.Collections.Concurrent;
using ApprenantAgile.Platform.Tenants;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.Http;

namespace ApprenantAgile.Platform.Security.DataProtection;

/// <summary>
/// Wraps the host's data-protection provider so that every protector also carries the current
/// tenant's name as a purpose. Authentication cookies, antiforgery tokens and reset tokens made by
/// one tenant therefore fail to unprotect on another, even in the same process and key ring.
/// </summary>
public sealed class TenantDataProtectionProvider(IDataProtectionProvider inner, IHttpContextAccessor httpContextAccessor)
    : IDataProtectionProvider
{
    public IDataProtector CreateProtector(string purpose) =>
        new TenantDataProtector(inner.CreateProtector(purpose), httpContextAccessor);

    private sealed class TenantDataProtector(IDataProtector root, IHttpContextAccessor httpContextAccessor) : IDataProtector
    {
        private readonly ConcurrentDictionary<string, IDataProtector> _perTenant = new(StringComparer.Ordinal);

        public IDataProtector CreateProtector(string purpose) =>
            new TenantDataProtector(root.CreateProtector(purpose), httpContextAccessor);

        public byte[] Protect(byte[] plaintext) => ForCurrentTenant().Protect(plaintext);

        public byte[] Unprotect(byte[] protectedData) => ForCurrentTenant().Unprotect(protectedData);

        private IDataProtector ForCurrentTenant()
        {
            // The ambient tenant comes first: inside a request it is the request's tenant (TenantMiddleware sets it),
            // and work that a request does for another tenant (setting up a new centre) sets it to that tenant.
            var tenant = AmbientTenant.Current ?? httpContextAccessor.HttpContext?.Features.Get<TenantContext>()
                ?? throw new InvalidOperationException(
                    "Data protection was used outside a tenant. Run the work in a request or set AmbientTenant.Current from a TenantScope.");

            return _perTenant.GetOrAdd(tenant.Name, name => root.CreateProtector("Tenant:" + name));
        }
    }
}
