namespace ApprenantAgile.Platform.Email;

/// <summary>
/// E-mail to send through <see cref="ISmtpService"/>. Each address is an RFC 5322 mailbox,
/// either <c>name@example.org</c> or <c>Émilie Lefèvre &lt;emilie@example.org&gt;</c>.
/// At least one of <see cref="To"/>, <see cref="Cc"/> and <see cref="Bcc"/> must contain an address.
/// </summary>
public sealed record MailMessage
{
    public IReadOnlyList<string> To { get; init; } = [];

    public IReadOnlyList<string> Cc { get; init; } = [];

    /// <summary>Blind copies. The SMTP delivery does not send this header, but the pickup <c>.eml</c> file keeps it.</summary>
    public IReadOnlyList<string> Bcc { get; init; } = [];

    public IReadOnlyList<string> ReplyTo { get; init; } = [];

    public required string Subject { get; init; }

    /// <summary>Plain-text body, always sent.</summary>
    public required string Body { get; init; }

    /// <summary>HTML body. When set, the e-mail is sent as multipart/alternative with <see cref="Body"/> as the text part.</summary>
    public string? HtmlBody { get; init; }

    /// <summary>Mailbox for the <c>From</c> header. When null, <see cref="SmtpSettings.DefaultSender"/> is used.</summary>
    public string? From { get; init; }
}
