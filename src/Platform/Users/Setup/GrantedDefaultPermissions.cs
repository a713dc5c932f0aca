namespace ApprenantAgile.Platform.Users.Setup;

/// <summary>
/// The default permissions (stereotypes) that each standard role has already received, by role name.
/// A permission listed here is never granted by default again, so one that an administrator removed
/// stays removed when its feature is disabled and enabled again.
/// </summary>
public sealed class GrantedDefaultPermissions
{
    public Dictionary<string, List<string>> ByRole { get; set; } = new(StringComparer.Ordinal);

    /// <summary>Returns the default permissions of <paramref name="roleName"/> that were granted before.</summary>
    public IReadOnlyCollection<string> GrantedTo(string roleName) =>
        ByRole.TryGetValue(roleName, out var granted) ? granted : [];

    /// <summary>Records <paramref name="permissionNames"/> as granted to <paramref name="roleName"/> and returns true when the record changed.</summary>
    public bool Record(string roleName, IEnumerable<string> permissionNames)
    {
        var before = GrantedTo(roleName);
        var after = before.Union(permissionNames, StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList();
        if (after.Count == before.Count)
        {
            return false;
        }

        ByRole[roleName] = after;
        return true;
    }
}
