using Microsoft.AspNetCore.Authorization;

namespace ApprenantAgile.Platform.Security.Permissions;

/// <summary>Authorization requirement met when one of the user's roles grants the named permission.</summary>
public sealed record PermissionRequirement(string PermissionName) : IAuthorizationRequirement;
