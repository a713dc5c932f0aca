namespace ApprenantAgile.Platform.Users.ViewModels;

/// <summary>Form of the create and edit user pages; <see cref="Id"/> is null when creating.</summary>
public sealed class UserEditViewModel
{
    public string? Id { get; set; }

    public string? UserName { get; set; }

    public string? Email { get; set; }

    public bool IsEnabled { get; set; } = true;

    public List<string> SelectedRoles { get; set; } = [];

    /// <summary>Every role of the tenant, for the check boxes.</summary>
    public IReadOnlyList<string> AvailableRoles { get; set; } = [];
}
