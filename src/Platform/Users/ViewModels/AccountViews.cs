namespace ApprenantAgile.Platform.Users.ViewModels;

/// <summary>Paths of the account views, which several controllers share.</summary>
internal static class AccountViews
{
    public const string Login = "~/Views/Account/Login.cshtml";
    public const string AccessDenied = "~/Views/Account/AccessDenied.cshtml";
    public const string ForgotPassword = "~/Views/Account/ForgotPassword.cshtml";
    public const string ForgotPasswordSent = "~/Views/Account/ForgotPasswordSent.cshtml";
    public const string ResetPassword = "~/Views/Account/ResetPassword.cshtml";
    public const string ResetPasswordDone = "~/Views/Account/ResetPasswordDone.cshtml";
    public const string SignInLinkRequest = "~/Views/Account/SignInLinkRequest.cshtml";
    public const string SignInLinkSent = "~/Views/Account/SignInLinkSent.cshtml";
    public const string SignInLinkConfirm = "~/Views/Account/SignInLinkConfirm.cshtml";
    public const string SignInLinkInvalid = "~/Views/Account/SignInLinkInvalid.cshtml";
}
