using System.Reflection;
using ApprenantAgile.Platform.Localization;

namespace ApprenantAgile.Tests.Localization;

/// <summary>
/// Reads every PO file embedded in the platform, modules and themes. A msgid with the same msgctxt may
/// appear in several files only with the same translation; otherwise the file loaded last would change
/// the wording of the other's screen (and the catalogue logs a warning at startup).
/// </summary>
public sealed class ShippedPoFilesTests
{
    [Fact]
    public void No_msgid_and_msgctxt_has_two_translations()
    {
        var resources = ShippedAssemblies().SelectMany(assembly => PoResource.FromAssembly(assembly, new List<string>())).ToList();
        var entries = resources.SelectMany(resource =>
        {
            using var reader = new StreamReader(resource.Open());
            var result = PoParser.Parse(reader, resource.Name);
            Assert.True(result.Errors.Count == 0, $"{resource.Name}: " + string.Join("; ", result.Errors));
            return result.Entries.Select(entry => (File: resource.Name, Culture: resource.Culture.Name, Entry: entry));
        }).ToList();

        var conflicts = entries
            .GroupBy(item => (item.Culture, item.Entry.Key))
            .Where(group => group.Select(item => string.Join(" | ", item.Entry.Translations)).Distinct().Count() > 1)
            .Select(group => $"msgid \"{group.First().Entry.Id}\" (msgctxt \"{group.First().Entry.Context}\"): "
                + string.Join(", ", group.Select(item => $"{item.File} → \"{string.Join(" | ", item.Entry.Translations)}\"")))
            .ToList();

        Assert.True(resources.Count >= 15, $"Only {resources.Count} PO files were found: " + string.Join(", ", resources.Select(r => r.Name)));
        Assert.True(conflicts.Count == 0, "Give one of each pair a msgctxt:\n" + string.Join("\n", conflicts));
    }

    /// <summary>The platform, module and theme assemblies next to the tests, which embed the PO files.</summary>
    private static IEnumerable<Assembly> ShippedAssemblies() =>
        Directory.GetFiles(AppContext.BaseDirectory, "ApprenantAgile.*.dll")
            .Select(Path.GetFileNameWithoutExtension)
            .Where(name => !name!.Contains(".Tests", StringComparison.Ordinal) && !name.Contains("Benchmarks", StringComparison.Ordinal))
            .Select(name => Assembly.Load(new AssemblyName(name!)));
}
