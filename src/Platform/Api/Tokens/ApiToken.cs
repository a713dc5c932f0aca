namespace ApprenantAgile.Platform.Api.Tokens;

/// <summary>
/// An API token of the national tenant. Only the SHA-256 hash of the secret is stored: the secret is
/// shown once, when the token is created, and cannot be read again.
/// </summary>
public sealed class ApiToken
{
    public string Id { get; set; } = Guid.NewGuid().ToString("N");

    /// <summary>What the token is for, chosen by the administrator (for example "Provisioning script").</summary>
    public string Name { get; set; } = "";

    /// <summary>Lowercase hexadecimal SHA-256 of the whole secret, "aa_" prefix included.</summary>
    public string SecretHash { get; set; } = "";

    /// <summary>The first characters of the secret, so that an administrator can tell tokens apart.</summary>
    public string SecretPrefix { get; set; } = "";

    /// <summary>Names of the permissions the token grants, such as "ManageTenants".</summary>
    public List<string> Permissions { get; set; } = [];

    public DateTime CreatedUtc { get; set; }

    /// <summary>User name of the administrator who created it, or "command line".</summary>
    public string CreatedBy { get; set; } = "";

    /// <summary>When it was revoked; a revoked token authenticates nothing.</summary>
    public DateTime? RevokedUtc { get; set; }

    public bool IsRevoked => RevokedUtc is not null;
}
