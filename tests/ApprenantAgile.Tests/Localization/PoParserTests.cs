using ApprenantAgile.Platform.Localization;
using Xunit;

namespace ApprenantAgile.Tests.Localization;

public class PoParserTests
{
    [Fact]
    public void Parse_ReadsContextIdAndTranslation()
    {
        const string po = """
            # translator comment
            #: Views/Home.cshtml:12
            msgctxt "ApprenantAgile.Badges.BadgeController"
            msgid "Badge"
            msgstr "Badge numérique"
            """;

        var result = PoParser.Parse(po, "Badges.fr.po");

        Assert.Empty(result.Errors);
        var entry = Assert.Single(result.Entries);
        Assert.Equal("ApprenantAgile.Badges.BadgeController", entry.Context);
        Assert.Equal("Badge", entry.Id);
        Assert.Equal(["Badge numérique"], entry.Translations);
    }

    [Fact]
    public void Parse_JoinsMultiLineStrings()
    {
        const string po = """
            msgid ""
            "Your badge "
            "was issued."
            msgstr ""
            "Votre badge "
            "a été délivré."
            """;

        var entry = Assert.Single(PoParser.Parse(po, "multi.fr.po").Entries);

        Assert.Equal("Your badge was issued.", entry.Id);
        Assert.Equal("Votre badge a été délivré.", entry.Translations[0]);
    }

    [Fact]
    public void Parse_UnescapesQuotesNewLinesAndBackslashes()
    {
        const string po = """
            msgid "Say \"hi\"\nC:\\path"
            msgstr "Dites \"bonjour\"\nC:\\chemin"
            """;

        var entry = Assert.Single(PoParser.Parse(po, "escapes.fr.po").Entries);

        Assert.Equal("Say \"hi\"\nC:\\path", entry.Id);
        Assert.Equal("Dites \"bonjour\"\nC:\\chemin", entry.Translations[0]);
    }

    [Fact]
    public void Parse_ReadsPluralForms()
    {
        const string po = """
            msgid "{0} badge"
            msgid_plural "{0} badges"
            msgstr[0] "{0} badge"
            msgstr[1] "{0} badges obtenus"
            """;

        var entry = Assert.Single(PoParser.Parse(po, "plural.fr.po").Entries);

        Assert.Equal("{0} badges", entry.PluralId);
        Assert.Equal(["{0} badge", "{0} badges obtenus"], entry.Translations);
    }

    [Fact]
    public void Parse_SkipsHeaderAndUntranslatedEntries()
    {
        const string po = """
            msgid ""
            msgstr "Language: fr\n"

            msgid "Untranslated"
            msgstr ""

            msgid "Yes"
            msgstr "Oui"
            """;

        var result = PoParser.Parse(po, "header.fr.po");

        var entry = Assert.Single(result.Entries);
        Assert.Equal("Yes", entry.Id);
        Assert.Empty(result.Errors);
    }

    [Fact]
    public void Parse_EntriesWithoutBlankLineBetween()
    {
        const string po = """
            msgid "Yes"
            msgstr "Oui"
            msgid "No"
            msgstr "Non"
            """;

        var result = PoParser.Parse(po, "compact.fr.po");

        Assert.Equal(["Yes", "No"], result.Entries.Select(e => e.Id));
    }

    [Fact]
    public void Parse_ReportsMalformedLineAndKeepsOtherEntries()
    {
        const string po = """
            msgid "Yes"
            msgstr "Oui"

            msgid "Broken
            msgstr "Cassé"

            msgid "No"
            msgstr "Non"
            """;

        var result = PoParser.Parse(po, "broken.fr.po");

        var error = Assert.Single(result.Errors);
        Assert.Equal("broken.fr.po", error.SourceName);
        Assert.Equal(4, error.LineNumber);
        Assert.Contains("double quotes", error.Message);
        Assert.Equal(["Yes", "No"], result.Entries.Select(e => e.Id));
    }

    [Theory]
    [InlineData("msgid \"a\\q\"", "unknown escape sequence")]
    [InlineData("msgstr \"orphan\"", "without a preceding msgid")]
    [InlineData("msgfoo \"x\"", "unknown keyword")]
    [InlineData("\"dangling\"", "continuation string")]
    public void Parse_ReportsErrorKind(string line, string expectedMessagePart)
    {
        var result = PoParser.Parse(line, "kinds.fr.po");

        var error = Assert.Single(result.Errors);
        Assert.Equal(1, error.LineNumber);
        Assert.Contains(expectedMessagePart, error.Message);
    }
}
