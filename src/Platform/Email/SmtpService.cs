using System.Net.Sockets;
using MailKit;
using MailKit.Net.Smtp;
using MailKit.Security;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using MimeKit;

namespace ApprenantAgile.Platform.Email;

/// <summary>
/// <see cref="ISmtpService"/> built on MailKit. Each call opens its own SMTP connection, so the service
/// is safe to share as a singleton. The error messages go through <see cref="IStringLocalizer{SmtpService}"/>
/// with the English text as key, translated in <c>Localization/Email.fr.po</c>.
/// </summary>
public sealed class SmtpService : ISmtpService
{
    private readonly IOptionsMonitor<SmtpSettings> _settings;
    private readonly IHostEnvironment _environment;
    private readonly IStringLocalizer<SmtpService> _localizer;
    private readonly ILogger<SmtpService> _logger;

    public SmtpService(
        IOptionsMonitor<SmtpSettings> settings,
        IHostEnvironment environment,
        IStringLocalizer<SmtpService> localizer,
        ILogger<SmtpService> logger)
    {
        _settings = settings;
        _environment = environment;
        _localizer = localizer;
        _logger = logger;
    }

    public async Task<SmtpResult> SendAsync(MailMessage message, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(message);
        var settings = _settings.CurrentValue;

        var addressResult = ParseAddresses(message, settings);
        if (addressResult.Failure is not null)
        {
            return addressResult.Failure;
        }

        var addresses = addressResult.Addresses!;
        using var mimeMessage = MimeMessageBuilder.Build(message, addresses);

        return settings.DeliveryMethod switch
        {
            SmtpDeliveryMethod.Network => await SendThroughNetworkAsync(message.Subject, mimeMessage, addresses, settings, cancellationToken),
            SmtpDeliveryMethod.PickupDirectory => await WriteToPickupDirectoryAsync(message.Subject, mimeMessage, addresses, settings, cancellationToken),

            // SmtpSettingsValidator rejects other values at start-up, so reaching this is a bug.
            _ => throw new InvalidOperationException(
                $"Email:DeliveryMethod {settings.DeliveryMethod} is not supported. Set it to Network or PickupDirectory."),
        };
    }

    private (ParsedAddresses? Addresses, SmtpResult? Failure) ParseAddresses(MailMessage message, SmtpSettings settings)
    {
        // The validator guarantees that DefaultSender parses, so only an explicit From can be invalid here.
        var fromValue = message.From ?? settings.DefaultSender;
        if (!MailboxParser.TryParse(fromValue, out var from))
        {
            return (null, RejectInvalidAddress(message, fromValue ?? string.Empty, "From"));
        }

        var to = new List<MailboxAddress>();
        var cc = new List<MailboxAddress>();
        var bcc = new List<MailboxAddress>();
        var replyTo = new List<MailboxAddress>();
        var fields = new[]
        {
            (Name: "To", Values: message.To, Parsed: to),
            (Name: "Cc", Values: message.Cc, Parsed: cc),
            (Name: "Bcc", Values: message.Bcc, Parsed: bcc),
            (Name: "Reply-To", Values: message.ReplyTo, Parsed: replyTo),
        };

        foreach (var field in fields)
        {
            foreach (var value in field.Values)
            {
                if (!MailboxParser.TryParse(value, out var mailbox))
                {
                    return (null, RejectInvalidAddress(message, value, field.Name));
                }

                field.Parsed.Add(mailbox);
            }
        }

        var addresses = new ParsedAddresses(from, to, cc, bcc, replyTo);
        if (addresses.RecipientCount == 0)
        {
            SmtpServiceLog.NoRecipient(_logger, message.Subject);
            return (null, SmtpResult.Failure(_localizer["The e-mail has no recipient. Add at least one address to To, Cc or Bcc."]));
        }

        return (addresses, null);
    }

    private SmtpResult RejectInvalidAddress(MailMessage message, string value, string field)
    {
        SmtpServiceLog.InvalidAddress(_logger, message.Subject, value, field);
        return SmtpResult.Failure(_localizer[
            "The address \"{0}\" in {1} is not a valid e-mail address. Correct it, for example \"Émilie Lefèvre <emilie@example.org>\", and send again.",
            value, field]);
    }

    private async Task<SmtpResult> SendThroughNetworkAsync(
        string subject, MimeMessage mimeMessage, ParsedAddresses addresses, SmtpSettings settings, CancellationToken cancellationToken)
    {
        var host = settings.Host!;
        var port = settings.Port;
        using var client = new SmtpClient();

        try
        {
            await client.ConnectAsync(host, port, settings.SecureSocketOptions, cancellationToken);

            if (!string.IsNullOrEmpty(settings.UserName))
            {
                // Without this check MailKit throws NotSupportedException, which would hide the configuration error.
                if (!client.Capabilities.HasFlag(SmtpCapabilities.Authentication))
                {
                    SmtpServiceLog.AuthenticationNotSupported(_logger, host, port, subject);
                    return SmtpResult.Failure(_localizer[
                        "The SMTP server {0}:{1} does not support authentication, but Email:UserName is set. Remove the user name or use a server that accepts SMTP AUTH.",
                        host, port]);
                }

                await client.AuthenticateAsync(settings.UserName, settings.Password ?? string.Empty, cancellationToken);
            }

            await client.SendAsync(mimeMessage, cancellationToken);
        }
        catch (AuthenticationException exception)
        {
            SmtpServiceLog.NetworkSendFailed(_logger, exception, subject, addresses.RecipientCount, host, port);
            return SmtpResult.Failure(_localizer[
                "The SMTP server {0}:{1} rejected the user name or password. Check Email:UserName and Email:Password.",
                host, port]);
        }
        catch (Exception exception) when (IsDeliveryException(exception))
        {
            SmtpServiceLog.NetworkSendFailed(_logger, exception, subject, addresses.RecipientCount, host, port);
            return SmtpResult.Failure(_localizer[
                "Sending the e-mail through the SMTP server {0}:{1} failed ({2}). Check that the server is running and that the Email settings are correct.",
                host, port, exception.Message]);
        }

        await DisconnectAfterSendAsync(client, subject, host, port, cancellationToken);
        SmtpServiceLog.SentThroughNetwork(_logger, subject, addresses.RecipientCount, host, port, mimeMessage.MessageId);
        return SmtpResult.Success;
    }

    // The server has already accepted the message, so a failed QUIT must not report the send as failed.
    private async Task DisconnectAfterSendAsync(SmtpClient client, string subject, string host, int port, CancellationToken cancellationToken)
    {
        try
        {
            await client.DisconnectAsync(quit: true, cancellationToken);
        }
        catch (Exception exception) when (IsDeliveryException(exception))
        {
            SmtpServiceLog.DisconnectFailed(_logger, exception, subject, host, port);
        }
    }

    private async Task<SmtpResult> WriteToPickupDirectoryAsync(
        string subject, MimeMessage mimeMessage, ParsedAddresses addresses, SmtpSettings settings, CancellationToken cancellationToken)
    {
        // Path.Combine returns the second path unchanged when it is absolute.
        var directory = Path.GetFullPath(Path.Combine(_environment.ContentRootPath, settings.PickupDirectory));

        string filePath;
        try
        {
            filePath = await PickupDirectoryWriter.WriteAsync(mimeMessage, directory, cancellationToken);
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            SmtpServiceLog.PickupWriteFailed(_logger, exception, subject, directory);
            return SmtpResult.Failure(_localizer[
                "Writing the e-mail to the pickup directory {0} failed ({1}). Check that the application can create and write to this folder.",
                directory, exception.Message]);
        }

        SmtpServiceLog.WroteToPickupDirectory(_logger, subject, addresses.RecipientCount, filePath, mimeMessage.MessageId);
        return SmtpResult.Success;
    }

    // MailKit reports protocol, command, TLS and connection-state errors with its own types, and the
    // socket layer with SocketException, IOException or TimeoutException. Anything else is a bug and propagates.
    private static bool IsDeliveryException(Exception exception) => exception is
        ProtocolException or
        CommandException or
        SslHandshakeException or
        ServiceNotConnectedException or
        ServiceNotAuthenticatedException or
        SocketException or
        IOException or
        TimeoutException;
}
