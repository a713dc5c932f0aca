namespace ApprenantAgile.Platform.Users.ViewModels;

public sealed class LoginViewModel
{
    /// <summary>What the user typed: a user name, or the e-mail address of the account.</summary>
    public string? UserNameOrEmail { get; set; }

    public string? Password { get; set; }

    /// <summary>Local URL to return to after signing in; other URLs are ignored.</summary>
    public string? ReturnUrl { get; set; }
}
