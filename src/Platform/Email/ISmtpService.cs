namespace ApprenantAgile.Platform.Email;

/// <summary>Sends platform e-mails with the delivery method set in <see cref="SmtpSettings"/>.</summary>
public interface ISmtpService
{
    /// <summary>
    /// Sends <paramref name="message"/> through the SMTP server, or writes it to the pickup directory.
    /// Returns a failed <see cref="SmtpResult"/> for an invalid address and for SMTP, network and file
    /// errors. Other exceptions, including <see cref="OperationCanceledException"/>, propagate.
    /// </summary>
    Task<SmtpResult> SendAsync(MailMessage message, CancellationToken cancellationToken = default);
}
