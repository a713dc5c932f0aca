namespace ApprenantAgile.Badges.Abstractions;

/// <summary>
/// Called after an assertion's revocation is committed, so that other modules can drop what they derived
/// from it (a cached page that shows the badge). Register implementations as scoped services; they run in
/// the revoking request's scope, on the tenant of the assertion.
/// </summary>
public interface IAssertionRevokedHandler
{
    Task RevokedAsync(AssertionRevokedContext context, CancellationToken cancellationToken);
}

/// <summary>The revoked assertion: its tenant, id and badge class.</summary>
public sealed record AssertionRevokedContext(string TenantName, string AssertionId, string BadgeClassId);
