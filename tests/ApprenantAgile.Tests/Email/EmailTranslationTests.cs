using System.Globalization;
using System.Reflection;
using System.Text;
using System.Text.RegularExpressions;
using ApprenantAgile.Platform.Email;
using Xunit;

namespace ApprenantAgile.Tests.Email;

/// <summary>Checks the French PO file of the e-mail service as it ships in the build output.</summary>
public sealed partial class EmailTranslationTests
{
    [Fact]
    public void FrenchPoFile_IsEmbedded()
    {
        Assert.NotNull(ReadFrenchPoFile());
    }

    [Fact]
    public void FrenchPoFile_TranslatesEveryEntry()
    {
        var entries = ParseEntries(ReadFrenchPoFile()!);

        Assert.NotEmpty(entries);
        Assert.All(entries, entry => Assert.False(string.IsNullOrWhiteSpace(entry.Translation), $"No French text for \"{entry.Key}\"."));
    }

    [Fact]
    public void FrenchPoFile_KeepsPlaceholders()
    {
        var entries = ParseEntries(ReadFrenchPoFile()!);

        Assert.All(entries, entry => Assert.Equal(Placeholders(entry.Key), Placeholders(entry.Translation)));
    }

    // MSBuild's AssignCulture task reads "fr" in Email.fr.po as a culture, so the file lands in the
    // fr satellite assembly without the culture in its name. The main assembly is checked too in case
    // the project marks the item WithCulture="false".
    private static string? ReadFrenchPoFile()
    {
        var assembly = typeof(SmtpService).Assembly;
        var stream = assembly.GetManifestResourceStream("ApprenantAgile.Platform.Localization.Email.fr.po");
        if (stream is null)
        {
            var satellite = TryGetSatelliteAssembly(assembly, CultureInfo.GetCultureInfo("fr"));
            stream = satellite?.GetManifestResourceStream("ApprenantAgile.Platform.Localization.Email.po");
        }

        if (stream is null)
        {
            return null;
        }

        using var reader = new StreamReader(stream, Encoding.UTF8);
        return reader.ReadToEnd();
    }

    private static Assembly? TryGetSatelliteAssembly(Assembly assembly, CultureInfo culture)
    {
        try
        {
            return assembly.GetSatelliteAssembly(culture);
        }
        catch (FileNotFoundException)
        {
            return null;
        }
    }

    // Reads single-line msgid/msgstr pairs, which is all Email.fr.po uses, and skips the header entry.
    private static List<(string Key, string Translation)> ParseEntries(string poFile)
    {
        var entries = new List<(string Key, string Translation)>();
        string? key = null;
        foreach (var line in poFile.Split('\n'))
        {
            var match = PoLine().Match(line.TrimEnd('\r'));
            if (!match.Success)
            {
                continue;
            }

            var text = Regex.Unescape(match.Groups["text"].Value);
            if (match.Groups["keyword"].Value == "msgid")
            {
                key = text;
            }
            else if (key is { Length: > 0 })
            {
                entries.Add((key, text));
                key = null;
            }
        }

        return entries;
    }

    private static string[] Placeholders(string text) =>
        Placeholder().Matches(text).Select(match => match.Value).Order(StringComparer.Ordinal).ToArray();

    [GeneratedRegex("^(?<keyword>msgid|msgstr) \"(?<text>.*)\"$")]
    private static partial Regex PoLine();

    [GeneratedRegex(@"\{\d+\}")]
    private static partial Regex Placeholder();
}
