namespace ApprenantAgile.Badges.Abstractions;

/// <summary>The current tenant as a badge issuer: one profile per tenant.</summary>
public sealed record IssuerProfileInfo(string Name, Uri Url, string Email, string? Description, string? ImagePath);

/// <summary>Reads the current tenant's issuer profile.</summary>
public interface IIssuerProfileProvider
{
    Task<IssuerProfileInfo> GetAsync(CancellationToken cancellationToken = default);
}
