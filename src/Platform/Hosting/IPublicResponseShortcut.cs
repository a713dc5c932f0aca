using ApprenantAgile.Platform.Tenants;
using Microsoft.AspNetCore.Http;

namespace ApprenantAgile.Platform.Hosting;

/// <summary>
/// A module service that may respond to an anonymous, public request from memory right after the tenant is
/// resolved, before localization, static files, routing, authentication, antiforgery and the endpoint.
/// </summary>
/// <remarks>
/// Register implementations as singletons. <see cref="PublicResponseShortcutMiddleware"/> calls one only
/// on tenants where its feature is enabled, so a disabled feature still returns 404 through the normal
/// pipeline. An implementation must only respond to requests whose response depends on nothing that the
/// skipped middleware would set: no user, no culture, no session, no antiforgery token.
/// </remarks>
public interface IPublicResponseShortcut
{
    /// <summary>Writes the whole response and returns true, or returns false to let the pipeline handle the request.</summary>
    ValueTask<bool> TryRespondAsync(HttpContext httpContext, TenantContext tenant);
}
