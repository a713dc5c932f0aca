using System.Text;
using ApprenantAgile.Platform.Localization;
using ApprenantAgile.Tests.Email;
using Microsoft.Extensions.Logging;

namespace ApprenantAgile.Tests.Localization;

public sealed class PoCatalogRedefinitionTests
{
    [Fact]
    public void Same_translation_logs_no_warning()
    {
        var logs = Load(("Contents.fr.po", "Enregistrer"), ("Users.fr.po", "Enregistrer"));

        Assert.DoesNotContain(logs.Entries, entry => entry.Level == LogLevel.Warning);
        Assert.Contains(logs.Entries, entry => entry.Level == LogLevel.Debug && entry.Message.Contains("redefines msgid Save"));
    }

    [Fact]
    public void Different_translation_logs_warning()
    {
        var logs = Load(("Contents.fr.po", "Retirer"), ("Tenants.fr.po", "Supprimer"));

        var warning = Assert.Single(logs.Entries, entry => entry.Level == LogLevel.Warning);
        Assert.Contains("Tenants.fr.po", warning.Message);
        Assert.Contains("Supprimer", warning.Message);
        Assert.Contains("Retirer", warning.Message);
    }

    /// <summary>Loads one "Save" entry per file, translated as given, and returns what the catalogue logged.</summary>
    private static RecordingLoggerProvider Load(params (string File, string Translation)[] files)
    {
        var logs = new RecordingLoggerProvider();
        using var loggerFactory = LoggerFactory.Create(builder => builder.AddProvider(logs).SetMinimumLevel(LogLevel.Debug));
        var resources = files.Select(file =>
        {
            Assert.True(PoResource.TryGetCulture(file.File, out var culture), $"no culture in {file.File}");
            var content = $"msgid \"Save\"\nmsgstr \"{file.Translation}\"\n";
            return new PoResource(file.File, culture, () => new MemoryStream(Encoding.UTF8.GetBytes(content)));
        });

        _ = new PoCatalog(resources.ToList(), loggerFactory.CreateLogger<PoCatalog>());
        return logs;
    }
}
