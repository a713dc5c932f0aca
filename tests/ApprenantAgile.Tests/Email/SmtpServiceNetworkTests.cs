using ApprenantAgile.Platform.Email;
using ApprenantAgile.Tests.Infrastructure;
using MimeKit;
using Xunit;

namespace ApprenantAgile.Tests.Email;

/// <summary>Sends through <see cref="TestSmtpServer"/> on 127.0.0.1 and checks what the server received.</summary>
public sealed class SmtpServiceNetworkTests : IAsyncLifetime
{
    private const string AccentedSubject = "Votre badge « Scrum Master » est prêt";
    // Received bodies are compared after ReplaceLineEndings because MimeKit 4.18 on Linux returns them with LF line ends.
    private const string AccentedBody = "Bonjour Émilie,\r\nFélicitations : votre badge a été délivré à 9 h 30 (coût : 0 €).\r\n";
    private static readonly TimeSpan ReceiveTimeout = TimeSpan.FromSeconds(10);

    private readonly TestSmtpServer _server = new();
    private EmailTestContext _context = null!;

    public async Task InitializeAsync()
    {
        await _server.StartAsync();
        _context = EmailTestContext.ForNetwork(_server.Port);
    }

    public async Task DisposeAsync()
    {
        _context.Dispose();
        await _server.DisposeAsync();
    }

    [Fact]
    public async Task Send_ReturnsSuccess()
    {
        var result = await _context.SmtpService.SendAsync(CreateMessage());

        Assert.True(result.Succeeded, result.ErrorMessage);
        Assert.Null(result.ErrorMessage);
    }

    [Fact]
    public async Task Send_DeliversAccentedSubject()
    {
        var received = await SendAndReceiveAsync(CreateMessage());

        Assert.Equal(AccentedSubject, received.Subject);
    }

    [Fact]
    public async Task Send_DeliversUtf8PlainBody()
    {
        var received = await SendAndReceiveAsync(CreateMessage());

        Assert.Equal(AccentedBody, received.TextBody?.ReplaceLineEndings("\r\n"));
        Assert.Null(received.HtmlBody);
    }

    [Fact]
    public async Task Send_DeliversToAddresses()
    {
        var received = await SendAndReceiveAsync(CreateMessage());

        Assert.Equal(
            ["emilie.lefevre@example.org", "jose@example.org"],
            received.To.Mailboxes.Select(mailbox => mailbox.Address));
    }

    [Fact]
    public async Task Send_KeepsAccentedDisplayNames()
    {
        var received = await SendAndReceiveAsync(CreateMessage());

        Assert.Equal(["Émilie Lefèvre", "José Núñez"], received.To.Mailboxes.Select(mailbox => mailbox.Name));
    }

    [Fact]
    public async Task Send_DeliversCcAndReplyTo()
    {
        var message = CreateMessage() with { Cc = ["Zoë Cœur <zoe@example.org>"], ReplyTo = ["Équipe pédagogique <equipe@example.org>"] };

        var received = await SendAndReceiveAsync(message);

        Assert.Equal("zoe@example.org", Assert.Single(received.Cc.Mailboxes).Address);
        Assert.Equal("Équipe pédagogique", Assert.Single(received.ReplyTo.Mailboxes).Name);
    }

    [Fact]
    public async Task Send_UsesDefaultSenderAsFrom()
    {
        var received = await SendAndReceiveAsync(CreateMessage());

        var from = Assert.Single(received.From.Mailboxes);
        Assert.Equal("Apprenant Agile", from.Name);
        Assert.Equal("no-reply@apprenant-agile.fr", from.Address);
    }

    [Fact]
    public async Task Send_FromOverridesDefaultSender()
    {
        var message = CreateMessage() with { From = "Hélène Dupré <helene@apprenant-agile.fr>" };

        var received = await SendAndReceiveAsync(message);

        Assert.Equal("Hélène Dupré", Assert.Single(received.From.Mailboxes).Name);
    }

    [Fact]
    public async Task Send_HtmlBodyArrivesAsAlternative()
    {
        var html = "<p>Bonjour <strong>Émilie</strong>, votre badge est prêt.</p>";
        var message = CreateMessage() with { HtmlBody = html };

        var received = await SendAndReceiveAsync(message);

        var alternative = Assert.IsType<MultipartAlternative>(received.Body);
        Assert.Equal(2, alternative.Count);
        Assert.Equal(html, received.HtmlBody);
        Assert.Equal(AccentedBody, received.TextBody?.ReplaceLineEndings("\r\n"));
    }

    [Fact]
    public async Task Send_DoesNotRevealBccHeader()
    {
        var message = CreateMessage() with { Bcc = ["Archives <archives@example.org>"] };

        var received = await SendAndReceiveAsync(message);

        Assert.Empty(received.Bcc);
    }

    [Fact]
    public async Task Send_LineBreakInSubjectAddsNoHeader()
    {
        var message = CreateMessage() with { Subject = "Bonjour\r\nX-Injected: oui" };

        var received = await SendAndReceiveAsync(message);

        Assert.False(received.Headers.Contains("X-Injected"), $"Received headers: {received.Headers}");
    }

    [Fact]
    public async Task Send_LogsSubjectAndRecipientCount()
    {
        await SendAndReceiveAsync(CreateMessage());

        var entry = Assert.Single(_context.Logs.Entries, entry => entry.Category == typeof(SmtpService).FullName);
        Assert.Contains(AccentedSubject, entry.Message);
        Assert.Contains("to 2 recipients", entry.Message);
    }

    [Fact]
    public async Task Send_UserNameWithoutServerAuthentication_Fails()
    {
        using var context = EmailTestContext.ForNetwork(_server.Port, userName: "formateur");

        var result = await context.SmtpService.SendAsync(CreateMessage());

        Assert.False(result.Succeeded);
        Assert.Contains("Email:UserName", result.ErrorMessage);
        Assert.Empty(_server.Messages);
    }

    private static MailMessage CreateMessage() => new()
    {
        To = ["Émilie Lefèvre <emilie.lefevre@example.org>", "José Núñez <jose@example.org>"],
        Subject = AccentedSubject,
        Body = AccentedBody,
    };

    private async Task<MimeMessage> SendAndReceiveAsync(MailMessage message)
    {
        var result = await _context.SmtpService.SendAsync(message);
        Assert.True(result.Succeeded, result.ErrorMessage);

        var messages = await _server.WaitForMessagesAsync(1, ReceiveTimeout);
        return Assert.Single(messages);
    }
}
