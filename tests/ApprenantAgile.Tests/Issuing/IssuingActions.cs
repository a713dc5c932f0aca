using ApprenantAgile.Badges.Revocation;
using ApprenantAgile.Badges.Signing;
using Microsoft.Extensions.DependencyInjection;

namespace ApprenantAgile.Tests.Issuing;

/// <summary>Service calls that tests run on an <see cref="IssuingTenant"/>.</summary>
internal static class IssuingActions
{
    public static async Task RevokeAsync(IssuingTenant tenant, string assertionId, string reason)
    {
        var outcome = await tenant.WithScopeAsync(sp => sp.GetRequiredService<AssertionRevoker>().RevokeAsync(assertionId, reason, "test", default));
        Assert.Equal(RevocationOutcome.Revoked, outcome);
    }

    public static Task<IssuerPublicKey> RotateRsaKeyAsync(IssuingTenant tenant) =>
        tenant.WithScopeAsync(sp => sp.GetRequiredService<IssuerKeyRing>().RotateAsync(IssuerKeyType.Rsa));
}
