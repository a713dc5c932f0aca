using System.Collections.Frozen;
using System.Globalization;
using System.Reflection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;

namespace ApprenantAgile.Platform.Localization;

/// <summary>
/// Translations of all loaded PO files, merged per culture name ("fr", "fr-FR", "en"...).
/// Lookups walk from the requested culture to its parents, so a <c>.fr.po</c> file serves fr-FR.
/// </summary>
/// <remarks>
/// When two files define the same context and msgid for one culture, the file loaded last wins, and a
/// warning is logged if the two translations differ. Files are loaded once, in the constructor.
/// </remarks>
public sealed class PoCatalog
{
    private readonly FrozenDictionary<string, FrozenDictionary<string, PoEntry>> _entriesByCulture;

    public PoCatalog(IEnumerable<PoResource> resources, ILogger<PoCatalog>? logger = null)
    {
        var log = (ILogger?)logger ?? NullLogger.Instance;
        var merged = new Dictionary<string, Dictionary<string, PoEntry>>(StringComparer.OrdinalIgnoreCase);

        foreach (var resource in resources)
        {
            var result = Load(resource, log);
            if (result is null)
            {
                continue;
            }

            if (!merged.TryGetValue(resource.Culture.Name, out var entries))
            {
                entries = new Dictionary<string, PoEntry>(StringComparer.Ordinal);
                merged[resource.Culture.Name] = entries;
            }

            foreach (var entry in result.Entries)
            {
                if (entries.TryGetValue(entry.Key, out var previous))
                {
                    LogRedefinition(log, resource, previous, entry);
                }

                entries[entry.Key] = entry;
            }

            log.LogDebug("Loaded {EntryCount} translations for culture {Culture} from PO file {PoFile}",
                result.Entries.Count, resource.Culture.Name, resource.Name);
        }

        _entriesByCulture = merged.ToFrozenDictionary(
            pair => pair.Key,
            pair => pair.Value.ToFrozenDictionary(StringComparer.Ordinal),
            StringComparer.OrdinalIgnoreCase);
    }

    /// <summary>
    /// Logs a msgid that a later file defines again: a warning when the translations differ, because one of
    /// the two screens then shows the other's wording, and a debug line when they are the same.
    /// </summary>
    private static void LogRedefinition(ILogger log, PoResource resource, PoEntry previous, PoEntry entry)
    {
        if (previous.Translations.SequenceEqual(entry.Translations, StringComparer.Ordinal))
        {
            log.LogDebug("PO file {PoFile} redefines msgid {MsgId} (msgctxt {MsgContext}) for culture {Culture} with the same translation",
                resource.Name, entry.Id, entry.Context, resource.Culture.Name);
            return;
        }

        log.LogWarning(
            "PO file {PoFile} redefines msgid {MsgId} (msgctxt {MsgContext}) for culture {Culture} as {Translation}, replacing {PreviousTranslation}; give one of them a msgctxt",
            resource.Name, entry.Id, entry.Context, resource.Culture.Name, entry.Translations.FirstOrDefault(), previous.Translations.FirstOrDefault());
    }

    /// <summary>
    /// Creates a catalogue from the PO files embedded in <paramref name="assemblies"/> or in their
    /// satellite assemblies (fr, fr-FR, en, en-US). The platform
    /// assembly is always included. Other assemblies are read only when they reference the platform.
    /// </summary>
    public static PoCatalog FromAssemblies(IEnumerable<Assembly> assemblies, ILogger<PoCatalog>? logger = null)
    {
        var log = (ILogger?)logger ?? NullLogger.Instance;
        var platform = typeof(PoCatalog).Assembly;
        var platformName = platform.GetName().Name;
        var resources = new List<PoResource>();

        foreach (var assembly in assemblies.Prepend(platform).Distinct())
        {
            var referencesPlatform = assembly == platform
                || assembly.GetReferencedAssemblies().Any(reference => reference.Name == platformName);
            if (!referencesPlatform)
            {
                log.LogDebug("Assembly {Assembly} does not reference {PlatformAssembly}; its PO files are not loaded",
                    assembly.GetName().Name, platformName);
                continue;
            }

            var ignoredNames = new List<string>();
            resources.AddRange(PoResource.FromAssembly(assembly, ignoredNames));
            resources.AddRange(PoResource.FromSatelliteAssemblies(assembly, SatelliteCultures));
            foreach (var ignoredName in ignoredNames)
            {
                log.LogWarning(
                    "Embedded resource {ResourceName} in assembly {Assembly} ends in .po but has no culture before the extension; rename it to Name.<culture>.po, such as Name.fr.po, to load it",
                    ignoredName, assembly.GetName().Name);
            }
        }

        return new PoCatalog(resources, logger);
    }

    /// <summary>Cultures whose satellite assemblies are searched for PO files: the supported ones and their parents.</summary>
    private static IEnumerable<CultureInfo> SatelliteCultures =>
        PlatformCultures.Supported.SelectMany(culture => new[] { culture, culture.Parent });

    /// <summary>Culture names that have at least one translation.</summary>
    public IEnumerable<string> CultureNames => _entriesByCulture.Keys;

    /// <summary>
    /// Finds the entry for <paramref name="id"/> in <paramref name="culture"/> or its parent cultures,
    /// trying <paramref name="context"/> first in each culture and then the entry without context.
    /// </summary>
    public bool TryGetEntry(CultureInfo culture, string? context, string id, out PoEntry entry)
    {
        for (var current = culture; !current.Equals(CultureInfo.InvariantCulture); current = current.Parent)
        {
            if (!_entriesByCulture.TryGetValue(current.Name, out var entries))
            {
                continue;
            }

            if (!string.IsNullOrEmpty(context) && entries.TryGetValue(PoEntry.CreateKey(context, id), out entry!))
            {
                return true;
            }

            if (entries.TryGetValue(id, out entry!))
            {
                return true;
            }
        }

        entry = null!;
        return false;
    }

    /// <summary>Entries of exactly <paramref name="cultureName"/>, without parent cultures.</summary>
    public IEnumerable<PoEntry> GetEntries(string cultureName) =>
        _entriesByCulture.TryGetValue(cultureName, out var entries) ? entries.Values : [];

    private static PoParseResult? Load(PoResource resource, ILogger log)
    {
        PoParseResult result;
        try
        {
            using var stream = resource.Open();
            using var reader = new StreamReader(stream);
            result = PoParser.Parse(reader, resource.Name);
        }
        catch (IOException exception)
        {
            log.LogError(exception, "Failed to read PO file {PoFile}; its translations are not loaded", resource.Name);
            return null;
        }

        foreach (var error in result.Errors)
        {
            log.LogError("Malformed PO file {PoFile} at line {LineNumber}: {ParseError}. The entry is skipped; fix the line to load it",
                error.SourceName, error.LineNumber, error.Message);
        }

        return result;
    }
}
