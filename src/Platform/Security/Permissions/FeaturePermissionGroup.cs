namespace ApprenantAgile.Platform.Security.Permissions;

/// <summary>The permissions that one feature declares, for the admin's permission matrix.</summary>
public sealed record FeaturePermissionGroup(string FeatureId, string FeatureName, IReadOnlyList<Permission> Permissions);
