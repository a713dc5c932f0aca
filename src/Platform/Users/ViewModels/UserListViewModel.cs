using ApprenantAgile.Platform.Users.Models;

namespace ApprenantAgile.Platform.Users.ViewModels;

public sealed class UserListViewModel
{
    public required IReadOnlyList<User> Users { get; init; }

    /// <summary>Text searched in user names and e-mail addresses; empty lists everyone.</summary>
    public string? Search { get; init; }

    /// <summary>One-based page number.</summary>
    public int Page { get; init; }

    public int PageCount { get; init; }

    public int TotalCount { get; init; }
}
