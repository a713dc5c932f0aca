namespace ApprenantAgile.Platform.Security.Permissions;

/// <summary>
/// A named right that roles are granted in the admin. <see cref="Description"/> is English text,
/// localized on display. Compare permissions by <see cref="Name"/>.
/// </summary>
public sealed record Permission(string Name, string Description, string Category = "");
