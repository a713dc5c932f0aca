using ApprenantAgile.Platform.Email;
using MimeKit;
using Xunit;

namespace ApprenantAgile.Tests.Email;

/// <summary>Writes e-mails to a pickup directory under a temporary content root and parses the files back.</summary>
public sealed class SmtpServicePickupDirectoryTests : IDisposable
{
    private const string AccentedSubject = "Réinitialisation de votre mot de passe";
    // Received bodies are compared after ReplaceLineEndings because MimeKit 4.18 on Linux returns them with LF line ends.
    private const string AccentedBody = "Bonjour Émilie,\r\nCliquez sur le lien ci-dessous pour choisir un nouveau mot de passe.\r\n";

    private readonly EmailTestContext _context = EmailTestContext.ForPickupDirectory("App_Data/Mail");

    private string PickupDirectory => Path.Combine(_context.ContentRoot, "App_Data", "Mail");

    public void Dispose() => _context.Dispose();

    [Fact]
    public async Task Send_ReturnsSuccess()
    {
        var result = await _context.SmtpService.SendAsync(CreateMessage());

        Assert.True(result.Succeeded, result.ErrorMessage);
    }

    [Fact]
    public async Task Send_CreatesFolderUnderContentRoot()
    {
        Assert.False(Directory.Exists(PickupDirectory));

        await _context.SmtpService.SendAsync(CreateMessage());

        Assert.True(Directory.Exists(PickupDirectory));
    }

    [Fact]
    public async Task Send_WritesOnlyOneEmlFile()
    {
        await _context.SmtpService.SendAsync(CreateMessage());

        var file = Assert.Single(Directory.GetFiles(PickupDirectory));
        Assert.EndsWith(".eml", file);
    }

    [Fact]
    public async Task Send_TwiceWritesTwoFiles()
    {
        await _context.SmtpService.SendAsync(CreateMessage());
        await _context.SmtpService.SendAsync(CreateMessage());

        Assert.Equal(2, Directory.GetFiles(PickupDirectory, "*.eml").Length);
    }

    [Fact]
    public async Task EmlFile_ParsesBackWithSubject()
    {
        var parsed = await SendAndLoadAsync(CreateMessage());

        Assert.Equal(AccentedSubject, parsed.Subject);
    }

    [Fact]
    public async Task EmlFile_ParsesBackWithUtf8Body()
    {
        var parsed = await SendAndLoadAsync(CreateMessage());

        Assert.Equal(AccentedBody, parsed.TextBody?.ReplaceLineEndings("\r\n"));
    }

    [Fact]
    public async Task EmlFile_ParsesBackWithDisplayName()
    {
        var parsed = await SendAndLoadAsync(CreateMessage());

        var recipient = Assert.Single(parsed.To.Mailboxes);
        Assert.Equal("Émilie Lefèvre", recipient.Name);
        Assert.Equal("emilie.lefevre@example.org", recipient.Address);
    }

    [Fact]
    public async Task EmlFile_KeepsBccForInspection()
    {
        var parsed = await SendAndLoadAsync(CreateMessage() with { Bcc = ["archives@example.org"] });

        Assert.Equal("archives@example.org", Assert.Single(parsed.Bcc.Mailboxes).Address);
    }

    [Fact]
    public async Task EmlFile_ContainsHtmlAlternative()
    {
        var html = "<p>Bonjour <em>Émilie</em></p>";

        var parsed = await SendAndLoadAsync(CreateMessage() with { HtmlBody = html });

        Assert.IsType<MultipartAlternative>(parsed.Body);
        Assert.Equal(html, parsed.HtmlBody);
    }

    [Fact]
    public async Task EmlFile_IsSevenBitSafe()
    {
        await _context.SmtpService.SendAsync(CreateMessage());

        var bytes = await File.ReadAllBytesAsync(Assert.Single(Directory.GetFiles(PickupDirectory)));
        Assert.All(bytes, value => Assert.True(value < 128, $"Byte 0x{value:X2} is not 7-bit ASCII."));
    }

    [Fact]
    public async Task AbsolutePickupDirectory_IsUsedAsIs()
    {
        var absoluteDirectory = Directory.CreateTempSubdirectory("apprenant-agile-pickup-").FullName;
        try
        {
            using var context = EmailTestContext.ForPickupDirectory(absoluteDirectory);

            await context.SmtpService.SendAsync(CreateMessage());

            Assert.Single(Directory.GetFiles(absoluteDirectory, "*.eml"));
        }
        finally
        {
            Directory.Delete(absoluteDirectory, recursive: true);
        }
    }

    [Fact]
    public async Task UnwritableDirectory_ReturnsFailureNamingFolder()
    {
        // A file where the folder should be makes Directory.CreateDirectory fail, even for root.
        File.WriteAllText(Path.Combine(_context.ContentRoot, "App_Data"), "not a folder");

        var result = await _context.SmtpService.SendAsync(CreateMessage());

        Assert.False(result.Succeeded);
        Assert.Contains(PickupDirectory, result.ErrorMessage);
    }

    private static MailMessage CreateMessage() => new()
    {
        To = ["Émilie Lefèvre <emilie.lefevre@example.org>"],
        Subject = AccentedSubject,
        Body = AccentedBody,
    };

    private async Task<MimeMessage> SendAndLoadAsync(MailMessage message)
    {
        var result = await _context.SmtpService.SendAsync(message);
        Assert.True(result.Succeeded, result.ErrorMessage);

        var file = Assert.Single(Directory.GetFiles(PickupDirectory, "*.eml"));
        return await MimeMessage.LoadAsync(file);
    }
}
