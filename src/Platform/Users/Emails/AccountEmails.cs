using System.Globalization;
using System.Net;
using ApprenantAgile.Platform.Documents;
using ApprenantAgile.Platform.Email;
using ApprenantAgile.Platform.Settings;
using ApprenantAgile.Platform.Users.Models;
using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Logging;

namespace ApprenantAgile.Platform.Users.Emails;

/// <summary>
/// Writes and sends the account e-mails: password reset, first password and one-time sign-in link.
/// E-mails are written in the site's culture (SiteSettings.Culture, French by default), whatever
/// the culture of the request that triggers them.
/// </summary>
public sealed class AccountEmails(
    ISmtpService smtp,
    IDocumentStore documents,
    IStringLocalizer<AccountEmails> T,
    ILogger<AccountEmails> logger)
{
    public Task<SmtpResult> SendPasswordResetAsync(User user, string link, CancellationToken cancellationToken) =>
        SendAsync(user, "password reset", cancellationToken,
            () => T["Reset your password"],
            () => [T["You asked to change your password."], T["Open this link to choose a new password:"], link, T["If you did not ask for it, ignore this e-mail. Your password stays the same."]],
            link);

    public Task<SmtpResult> SendSetPasswordAsync(User user, string siteName, string link, CancellationToken cancellationToken) =>
        SendAsync(user, "set password", cancellationToken,
            () => T["Your account on {0}", siteName],
            () => [T["An account was created for you. Your user name is: {0}", user.UserName], T["Open this link to choose your password:"], link],
            link);

    public Task<SmtpResult> SendSignInLinkAsync(User user, string link, TimeSpan lifetime, CancellationToken cancellationToken) =>
        SendAsync(user, "sign-in link", cancellationToken,
            () => T["Your sign-in link"],
            () => [T["Open this link to sign in:"], link, T["The link works once, for {0} minutes.", (int)lifetime.TotalMinutes], T["If you did not ask for it, ignore this e-mail."]],
            link);

    private async Task<SmtpResult> SendAsync(
        User user,
        string kind,
        CancellationToken cancellationToken,
        Func<string> subject,
        Func<IReadOnlyList<string>> paragraphs,
        string link)
    {
        if (string.IsNullOrEmpty(user.Email))
        {
            logger.LogWarning("No {EmailKind} e-mail for user {UserId}: the account has no e-mail address", kind, user.Id);
            return SmtpResult.Failure(T["The account has no e-mail address."]);
        }

        var settings = await documents.GetAsync<SiteSettings>(cancellationToken);
        var previous = CultureInfo.CurrentUICulture;
        MailMessage message;
        try
        {
            CultureInfo.CurrentUICulture = CultureInfo.GetCultureInfo(settings.Culture);
            var lines = paragraphs();
            message = new MailMessage
            {
                To = [user.Email],
                Subject = subject(),
                Body = string.Join("\n\n", lines),
                HtmlBody = ToHtml(lines, link),
            };
        }
        finally
        {
            CultureInfo.CurrentUICulture = previous;
        }

        var result = await smtp.SendAsync(message, cancellationToken);
        if (!result.Succeeded)
        {
            logger.LogError("Sending the {EmailKind} e-mail to user {UserId} failed: {Error}", kind, user.Id, result.ErrorMessage);
        }

        return result;
    }

    private static string ToHtml(IEnumerable<string> lines, string link) =>
        string.Concat(lines.Select(line => line == link
            ? $"<p><a href=\"{WebUtility.HtmlEncode(link)}\">{WebUtility.HtmlEncode(link)}</a></p>"
            : $"<p>{WebUtility.HtmlEncode(line)}</p>"));
}
