namespace ApprenantAgile.Platform.Security.Authentication;

/// <summary>Claim types the platform adds to a signed-in user's principal.</summary>
public static class TenantClaimTypes
{
    /// <summary>Name of the tenant the user signed in to; a principal is only valid on that tenant.</summary>
    public const string Tenant = "tenant";
}
