using Microsoft.Extensions.Options;

namespace ApprenantAgile.Platform.Email;

/// <summary>
/// Checks <see cref="SmtpSettings"/> at start-up, so a wrong <c>Email</c> section stops the host
/// instead of failing the first e-mail. The messages are for operators and stay in English.
/// </summary>
public sealed class SmtpSettingsValidator : IValidateOptions<SmtpSettings>
{
    public ValidateOptionsResult Validate(string? name, SmtpSettings options)
    {
        var failures = new List<string>();
        var section = SmtpSettings.SectionName;

        if (string.IsNullOrWhiteSpace(options.DefaultSender))
        {
            failures.Add($"{section}:DefaultSender is missing. Set it to a mailbox such as \"Apprenant Agile <no-reply@apprenant-agile.fr>\".");
        }
        else if (!MailboxParser.TryParse(options.DefaultSender, out _))
        {
            failures.Add($"{section}:DefaultSender \"{options.DefaultSender}\" is not a valid mailbox. Use the form \"Apprenant Agile <no-reply@apprenant-agile.fr>\".");
        }

        if (!Enum.IsDefined(options.DeliveryMethod))
        {
            failures.Add($"{section}:DeliveryMethod {(int)options.DeliveryMethod} is invalid. Set it to Network or PickupDirectory.");
        }

        if (options.DeliveryMethod == SmtpDeliveryMethod.Network)
        {
            if (string.IsNullOrWhiteSpace(options.Host))
            {
                failures.Add($"{section}:Host is missing. Set it to the SMTP server's host name, or set {section}:DeliveryMethod to PickupDirectory.");
            }

            if (options.Port is < 1 or > 65535)
            {
                failures.Add($"{section}:Port {options.Port} is outside 1..65535. Set it to the SMTP server's port, usually 25, 465 or 587.");
            }

            if (string.IsNullOrEmpty(options.UserName) && !string.IsNullOrEmpty(options.Password))
            {
                failures.Add($"{section}:Password is set but {section}:UserName is empty. Set both to authenticate, or neither.");
            }
        }

        if (options.DeliveryMethod == SmtpDeliveryMethod.PickupDirectory && string.IsNullOrWhiteSpace(options.PickupDirectory))
        {
            failures.Add($"{section}:PickupDirectory is empty. Set it to a folder path, absolute or relative to the content root, such as \"{SmtpSettings.DefaultPickupDirectory}\".");
        }

        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }
}
