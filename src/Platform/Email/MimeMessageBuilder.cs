using MimeKit;
using MimeKit.Text;
using MimeKit.Utils;

namespace ApprenantAgile.Platform.Email;

/// <summary>Builds the MimeKit message for a <see cref="MailMessage"/> whose addresses are already parsed.</summary>
internal static class MimeMessageBuilder
{
    public static MimeMessage Build(MailMessage message, ParsedAddresses addresses)
    {
        var mimeMessage = new MimeMessage();
        mimeMessage.From.Add(addresses.From);
        mimeMessage.To.AddRange(addresses.To);
        mimeMessage.Cc.AddRange(addresses.Cc);
        mimeMessage.Bcc.AddRange(addresses.Bcc);
        mimeMessage.ReplyTo.AddRange(addresses.ReplyTo);

        // MimeKit encodes non-ASCII header text as RFC 2047 UTF-8 encoded-words when it writes the message.
        mimeMessage.Subject = message.Subject;
        mimeMessage.Date = DateTimeOffset.UtcNow;
        mimeMessage.MessageId = MimeUtils.GenerateMessageId(addresses.From.Domain);
        mimeMessage.Body = BuildBody(message);

        return mimeMessage;
    }

    private static MimeEntity BuildBody(MailMessage message)
    {
        var textPart = new TextPart(TextFormat.Plain);
        textPart.SetText("utf-8", message.Body);

        if (message.HtmlBody is null)
        {
            return textPart;
        }

        var htmlPart = new TextPart(TextFormat.Html);
        htmlPart.SetText("utf-8", message.HtmlBody);

        // RFC 2046 orders alternatives from plainest to richest, so clients that can render HTML pick the last part.
        return new MultipartAlternative { textPart, htmlPart };
    }
}
