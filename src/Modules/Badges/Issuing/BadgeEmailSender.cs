using System.Globalization;
using System.Net;
using ApprenantAgile.Badges.Assertions;
using ApprenantAgile.Platform.Documents;
using ApprenantAgile.Platform.Email;
using ApprenantAgile.Platform.Settings;
using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Logging;

namespace ApprenantAgile.Badges.Issuing;

/// <summary>
/// Sends the learner the e-mail announcing a badge, with the link to its public page and to
/// "Mes badges", in the site's culture (French by default) whatever the request's culture.
/// </summary>
public sealed class BadgeEmailSender(
    ISmtpService smtp,
    IDocumentStore documents,
    Ob2Urls urls,
    IStringLocalizer<BadgeEmailSender> T,
    ILogger<BadgeEmailSender> logger)
{
    public async Task<SmtpResult> SendAsync(AssertionIndex assertion, string recipientEmail, string badgeName, CancellationToken cancellationToken)
    {
        var settings = await documents.GetAsync<SiteSettings>(cancellationToken);
        var badgeLink = urls.Assertion(assertion.AssertionId).AbsoluteUri;
        var myBadgesLink = urls.Absolute("/mes-badges").AbsoluteUri;

        var previous = CultureInfo.CurrentUICulture;
        MailMessage message;
        try
        {
            CultureInfo.CurrentUICulture = CultureInfo.GetCultureInfo(settings.Culture);
            var siteName = string.IsNullOrWhiteSpace(settings.SiteName) ? badgeName : settings.SiteName;
            var greeting = string.IsNullOrWhiteSpace(assertion.RecipientName) ? T["Hello,"] : T["Hello {0},", assertion.RecipientName];
            string[] lines =
            [
                greeting,
                T["{0} has awarded you the badge \"{1}\".", siteName, badgeName],
                T["Your badge, which anyone you share it with can verify:"],
                badgeLink,
                T["Download it as an image or a file from your \"My badges\" page:"],
                myBadgesLink,
            ];
            message = new MailMessage
            {
                To = [recipientEmail],
                ReplyTo = string.IsNullOrWhiteSpace(settings.ContactEmail) ? [] : [settings.ContactEmail],
                Subject = T["Your badge \"{0}\"", badgeName],
                Body = string.Join("\n\n", lines),
                HtmlBody = string.Concat(lines.Select(line => line.StartsWith("http", StringComparison.Ordinal)
                    ? $"<p><a href=\"{WebUtility.HtmlEncode(line)}\">{WebUtility.HtmlEncode(line)}</a></p>"
                    : $"<p>{WebUtility.HtmlEncode(line)}</p>")),
            };
        }
        finally
        {
            CultureInfo.CurrentUICulture = previous;
        }

        var result = await smtp.SendAsync(message, cancellationToken);
        if (result.Succeeded)
        {
            logger.LogInformation("Sent the badge e-mail of assertion {AssertionId}", assertion.AssertionId);
        }
        else
        {
            logger.LogError("Sending the badge e-mail of assertion {AssertionId} failed: {Error}", assertion.AssertionId, result.ErrorMessage);
        }

        return result;
    }
}
