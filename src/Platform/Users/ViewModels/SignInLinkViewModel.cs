namespace ApprenantAgile.Platform.Users.ViewModels;

/// <summary>Confirmation form of an e-mailed sign-in link; posting it uses the link.</summary>
public sealed class SignInLinkViewModel
{
    public string? Token { get; set; }
}
