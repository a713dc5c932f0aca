namespace ApprenantAgile.Platform.Email;

/// <summary>Outcome of <see cref="ISmtpService.SendAsync"/>.</summary>
/// <param name="Succeeded">True when the SMTP server accepted the e-mail or its pickup file was written.</param>
/// <param name="ErrorMessage">Localized message for staff that names the failed value and the fix. Null on success.</param>
public sealed record SmtpResult(bool Succeeded, string? ErrorMessage)
{
    public static SmtpResult Success { get; } = new(true, null);

    public static SmtpResult Failure(string errorMessage) => new(false, errorMessage);
}
