using MimeKit;

namespace ApprenantAgile.Platform.Email;

/// <summary>Mailboxes of a <see cref="MailMessage"/> after <see cref="MailboxParser"/> accepted every one of them.</summary>
internal sealed record ParsedAddresses(
    MailboxAddress From,
    IReadOnlyList<MailboxAddress> To,
    IReadOnlyList<MailboxAddress> Cc,
    IReadOnlyList<MailboxAddress> Bcc,
    IReadOnlyList<MailboxAddress> ReplyTo)
{
    public int RecipientCount => To.Count + Cc.Count + Bcc.Count;
}
