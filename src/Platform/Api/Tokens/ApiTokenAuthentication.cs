namespace ApprenantAgile.Platform.Api.Tokens;

/// <summary>Names of the API token authentication scheme and of the claims it issues.</summary>
public static class ApiTokenAuthentication
{
    public const string Scheme = "ApiToken";

    /// <summary>Claim type of each permission name the token grants.</summary>
    public const string PermissionClaimType = "aa:permission";

    /// <summary>Claim type of the token's id.</summary>
    public const string TokenIdClaimType = "aa:api-token";
}
