using ApprenantAgile.Platform.Email;
using Xunit;

namespace ApprenantAgile.Tests.Email;

/// <summary>Checks that invalid addresses are rejected before anything is written or sent.</summary>
public sealed class SmtpServiceAddressTests : IDisposable
{
    private readonly EmailTestContext _context = EmailTestContext.ForPickupDirectory();

    public void Dispose() => _context.Dispose();

    public static TheoryData<string> InvalidAddresses =>
    [
        "pas-une-adresse",
        "alice@",
        "@example.org",
        "alice@@example.org",
        "Alice <alice@example.org",
        "alice@example.org, bob@example.org",
        " ",
    ];

    [Theory]
    [MemberData(nameof(InvalidAddresses))]
    public async Task InvalidTo_ReturnsFailure(string address)
    {
        var result = await _context.SmtpService.SendAsync(CreateMessage() with { To = [address] });

        Assert.False(result.Succeeded);
    }

    [Fact]
    public async Task InvalidTo_ErrorNamesAddressAndField()
    {
        var result = await _context.SmtpService.SendAsync(CreateMessage() with { To = ["bob@example.org", "pas-une-adresse"] });

        Assert.Contains("\"pas-une-adresse\"", result.ErrorMessage);
        Assert.Contains(" in To ", result.ErrorMessage);
    }

    [Fact]
    public async Task InvalidCc_ErrorNamesField()
    {
        var result = await _context.SmtpService.SendAsync(CreateMessage() with { Cc = ["carole@"] });

        Assert.Contains(" in Cc ", result.ErrorMessage);
    }

    [Fact]
    public async Task InvalidReplyTo_ErrorNamesField()
    {
        var result = await _context.SmtpService.SendAsync(CreateMessage() with { ReplyTo = ["support"] });

        Assert.Contains(" in Reply-To ", result.ErrorMessage);
    }

    [Fact]
    public async Task InvalidFrom_ErrorNamesField()
    {
        var result = await _context.SmtpService.SendAsync(CreateMessage() with { From = "Apprenant Agile" });

        Assert.Contains("\"Apprenant Agile\" in From ", result.ErrorMessage);
    }

    [Fact]
    public async Task InvalidTo_WritesNoFile()
    {
        await _context.SmtpService.SendAsync(CreateMessage() with { To = ["pas-une-adresse"] });

        Assert.False(Directory.Exists(Path.Combine(_context.ContentRoot, "Mail")));
    }

    [Fact]
    public async Task NoRecipient_ReturnsFailure()
    {
        var result = await _context.SmtpService.SendAsync(CreateMessage() with { To = [] });

        Assert.False(result.Succeeded);
        Assert.Contains("no recipient", result.ErrorMessage);
    }

    [Fact]
    public async Task BccOnly_IsAccepted()
    {
        var result = await _context.SmtpService.SendAsync(CreateMessage() with { To = [], Bcc = ["archives@example.org"] });

        Assert.True(result.Succeeded, result.ErrorMessage);
    }

    [Fact]
    public async Task AddressWithoutDisplayName_IsAccepted()
    {
        var result = await _context.SmtpService.SendAsync(CreateMessage() with { To = ["emilie@example.org"] });

        Assert.True(result.Succeeded, result.ErrorMessage);
    }

    [Fact]
    public async Task InvalidTo_LogsWarningWithAddress()
    {
        await _context.SmtpService.SendAsync(CreateMessage() with { To = ["pas-une-adresse"] });

        var entry = Assert.Single(_context.Logs.Entries);
        Assert.Equal(Microsoft.Extensions.Logging.LogLevel.Warning, entry.Level);
        Assert.Contains("pas-une-adresse", entry.Message);
    }

    private static MailMessage CreateMessage() => new()
    {
        To = ["Émilie Lefèvre <emilie.lefevre@example.org>"],
        Subject = "Badge délivré",
        Body = "Bonjour",
    };
}
