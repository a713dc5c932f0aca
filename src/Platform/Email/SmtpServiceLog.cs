using Microsoft.Extensions.Logging;

namespace ApprenantAgile.Platform.Email;

/// <summary>Log messages of <see cref="SmtpService"/>. None of them contains the SMTP password.</summary>
internal static partial class SmtpServiceLog
{
    [LoggerMessage(EventId = 1, Level = LogLevel.Information,
        Message = "Sent e-mail \"{Subject}\" to {RecipientCount} recipients through SMTP server {Host}:{Port}, message id {MessageId}")]
    public static partial void SentThroughNetwork(ILogger logger, string subject, int recipientCount, string host, int port, string? messageId);

    [LoggerMessage(EventId = 2, Level = LogLevel.Information,
        Message = "Wrote e-mail \"{Subject}\" for {RecipientCount} recipients to pickup file {FilePath}, message id {MessageId}")]
    public static partial void WroteToPickupDirectory(ILogger logger, string subject, int recipientCount, string filePath, string? messageId);

    [LoggerMessage(EventId = 3, Level = LogLevel.Warning,
        Message = "Rejected e-mail \"{Subject}\": invalid address \"{Address}\" in {Field}")]
    public static partial void InvalidAddress(ILogger logger, string subject, string address, string field);

    [LoggerMessage(EventId = 4, Level = LogLevel.Warning,
        Message = "Rejected e-mail \"{Subject}\": no recipient in To, Cc or Bcc")]
    public static partial void NoRecipient(ILogger logger, string subject);

    [LoggerMessage(EventId = 5, Level = LogLevel.Error,
        Message = "Failed to send e-mail \"{Subject}\" to {RecipientCount} recipients through SMTP server {Host}:{Port}")]
    public static partial void NetworkSendFailed(ILogger logger, Exception exception, string subject, int recipientCount, string host, int port);

    [LoggerMessage(EventId = 6, Level = LogLevel.Error,
        Message = "SMTP server {Host}:{Port} does not offer authentication, but Email:UserName is set. E-mail \"{Subject}\" was not sent")]
    public static partial void AuthenticationNotSupported(ILogger logger, string host, int port, string subject);

    [LoggerMessage(EventId = 7, Level = LogLevel.Warning,
        Message = "Sent e-mail \"{Subject}\" through SMTP server {Host}:{Port}, but the QUIT command failed")]
    public static partial void DisconnectFailed(ILogger logger, Exception exception, string subject, string host, int port);

    [LoggerMessage(EventId = 8, Level = LogLevel.Error,
        Message = "Failed to write e-mail \"{Subject}\" to pickup directory {PickupDirectory}")]
    public static partial void PickupWriteFailed(ILogger logger, Exception exception, string subject, string pickupDirectory);
}
