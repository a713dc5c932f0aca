using System.Diagnostics.CodeAnalysis;
using MimeKit;

namespace ApprenantAgile.Platform.Email;

/// <summary>Parses a single RFC 5322 mailbox more strictly than MimeKit's defaults.</summary>
internal static class MailboxParser
{
    // MimeKit's default options accept addresses without a domain, such as "alice", so a typo
    // would reach the SMTP server instead of being rejected here.
    private static readonly ParserOptions StrictOptions = CreateStrictOptions();

    /// <summary>Parses <paramref name="value"/> and returns false unless it is exactly one mailbox with a domain.</summary>
    public static bool TryParse(string? value, [NotNullWhen(true)] out MailboxAddress? mailbox)
    {
        mailbox = null;
        if (string.IsNullOrWhiteSpace(value))
        {
            return false;
        }

        if (!MailboxAddress.TryParse(StrictOptions, value, out var parsed))
        {
            return false;
        }

        if (string.IsNullOrEmpty(parsed.Domain) || string.IsNullOrEmpty(parsed.LocalPart))
        {
            return false;
        }

        mailbox = parsed;
        return true;
    }

    private static ParserOptions CreateStrictOptions()
    {
        var options = ParserOptions.Default.Clone();
        options.AllowAddressesWithoutDomain = false;
        options.AddressParserComplianceMode = RfcComplianceMode.Strict;
        options.AllowUnquotedCommasInAddresses = false;
        return options;
    }
}
