namespace ApprenantAgile.Platform.Users.ViewModels;

public sealed class ResetPasswordViewModel
{
    public string? UserId { get; set; }

    /// <summary>Identity's password reset token, from the e-mailed link.</summary>
    public string? Token { get; set; }

    public string? Password { get; set; }

    public string? ConfirmPassword { get; set; }
}
