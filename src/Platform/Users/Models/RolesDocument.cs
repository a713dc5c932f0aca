namespace ApprenantAgile.Platform.Users.Models;

/// <summary>Every role of the tenant, stored as one document, as Orchard's roles are.</summary>
public sealed class RolesDocument
{
    public List<Role> Roles { get; set; } = [];

    public Role? Find(string normalizedName) =>
        Roles.FirstOrDefault(r => string.Equals(r.NormalizedName, normalizedName, StringComparison.Ordinal));
}
