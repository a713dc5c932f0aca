using System.Globalization;
using MimeKit;

namespace ApprenantAgile.Platform.Email;

/// <summary>Writes e-mails as <c>.eml</c> files for <see cref="SmtpDeliveryMethod.PickupDirectory"/> delivery.</summary>
internal static class PickupDirectoryWriter
{
    /// <summary>
    /// Writes <paramref name="message"/>, re-encoded to 7-bit, to a new file in <paramref name="directory"/>, creating the folder,
    /// and returns the file's full path. The name is the UTC time plus a GUID, so names sort by time and never collide.
    /// </summary>
    /// <exception cref="IOException">The folder or file could not be created or written.</exception>
    /// <exception cref="UnauthorizedAccessException">The process may not write to the folder.</exception>
    public static async Task<string> WriteAsync(MimeMessage message, string directory, CancellationToken cancellationToken)
    {
        // RFC 5322 lines end in CRLF, and 7-bit transfer encodings let a relay that picks the file up
        // forward it to a server without the 8BITMIME extension.
        message.Prepare(EncodingConstraint.SevenBit);
        var formatOptions = FormatOptions.Default.Clone();
        formatOptions.NewLineFormat = NewLineFormat.Dos;

        Directory.CreateDirectory(directory);

        var timestamp = DateTime.UtcNow.ToString("yyyyMMdd'T'HHmmssfff'Z'", CultureInfo.InvariantCulture);
        var fileName = $"{timestamp}-{Guid.NewGuid():N}.eml";
        var filePath = Path.Combine(directory, fileName);

        // Written under a temporary name and then renamed, so a process that watches the folder
        // for *.eml files never reads a half-written message.
        var temporaryPath = filePath + ".tmp";
        try
        {
            await using (var stream = new FileStream(temporaryPath, FileMode.CreateNew, FileAccess.Write, FileShare.None))
            {
                await message.WriteToAsync(formatOptions, stream, cancellationToken);
            }

            File.Move(temporaryPath, filePath);
        }
        catch
        {
            DeleteLeftover(temporaryPath);
            throw;
        }

        return filePath;
    }

    // Best effort only: the caller needs the original exception, not one about the cleanup.
    private static void DeleteLeftover(string path)
    {
        try
        {
            File.Delete(path);
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
        }
    }
}
