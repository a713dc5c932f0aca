namespace ApprenantAgile.Platform.Email;

/// <summary>Way the platform hands an e-mail on once it is built.</summary>
public enum SmtpDeliveryMethod
{
    /// <summary>Send through the SMTP server set by <see cref="SmtpSettings.Host"/> and <see cref="SmtpSettings.Port"/>.</summary>
    Network,

    /// <summary>Write each e-mail as a <c>.eml</c> file in <see cref="SmtpSettings.PickupDirectory"/> and send nothing.</summary>
    PickupDirectory,
}
