using MailKit.Security;

namespace ApprenantAgile.Platform.Email;

/// <summary>
/// E-mail settings bound from the <c>Email</c> configuration section and checked at start-up
/// by <see cref="SmtpSettingsValidator"/>.
/// </summary>
public sealed class SmtpSettings
{
    /// <summary>Configuration section that the settings are bound from.</summary>
    public const string SectionName = "Email";

    /// <summary>Default value of <see cref="PickupDirectory"/>, relative to the content root.</summary>
    public const string DefaultPickupDirectory = "App_Data/Mail";

    /// <summary>
    /// Delivery method. The default, <see cref="SmtpDeliveryMethod.PickupDirectory"/>, sends nothing,
    /// so a development machine without an SMTP server never mails real people.
    /// </summary>
    public SmtpDeliveryMethod DeliveryMethod { get; set; } = SmtpDeliveryMethod.PickupDirectory;

    /// <summary>
    /// Mailbox used as <c>From</c> when a message sets none, in RFC 5322 form,
    /// for example <c>Apprenant Agile &lt;no-reply@apprenant-agile.fr&gt;</c>. Required.
    /// </summary>
    public string? DefaultSender { get; set; }

    /// <summary>Host name or IP address of the SMTP server. Required for <see cref="SmtpDeliveryMethod.Network"/>.</summary>
    public string? Host { get; set; }

    /// <summary>TCP port of the SMTP server, 1 to 65535. Usually 25, 465 (implicit TLS) or 587 (STARTTLS).</summary>
    public int Port { get; set; } = 25;

    /// <summary>
    /// TLS mode passed to MailKit. <see cref="SecureSocketOptions.Auto"/> uses TLS on connect for port 465
    /// and STARTTLS when the server offers it on other ports.
    /// </summary>
    public SecureSocketOptions SecureSocketOptions { get; set; } = SecureSocketOptions.Auto;

    /// <summary>User name for SMTP authentication. When empty, the client does not authenticate.</summary>
    public string? UserName { get; set; }

    /// <summary>Password for SMTP authentication. Never logged.</summary>
    public string? Password { get; set; }

    /// <summary>
    /// Folder that receives the <c>.eml</c> files in <see cref="SmtpDeliveryMethod.PickupDirectory"/> mode,
    /// absolute or relative to the content root. Created on the first write.
    /// </summary>
    public string PickupDirectory { get; set; } = DefaultPickupDirectory;
}
