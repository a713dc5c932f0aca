using System.Globalization;
using System.Text.RegularExpressions;
using ApprenantAgile.Platform.Localization;
using ApprenantAgile.Platform.Modules;
using ApprenantAgile.Platform.Security.Permissions;
using ApprenantAgile.Tests.Email;
using ApprenantAgile.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace ApprenantAgile.Tests.Localization;

/// <summary>
/// The PO files shipped in the platform and module assemblies, loaded as the host loads them: each
/// msgid is defined once, every permission has a French description, and French text uses "centre"
/// or "instance nationale", not the English "tenant".
/// </summary>
public sealed partial class ShippedCatalogTests(PlatformFactory factory) : IClassFixture<PlatformFactory>
{
    private static readonly CultureInfo French = CultureInfo.GetCultureInfo("fr-FR");

    [Fact]
    public void Catalog_RedefinesNoMsgid()
    {
        using var logs = new RecordingLoggerProvider();
        using var loggerFactory = LoggerFactory.Create(builder => builder.AddProvider(logs));

        PoCatalog.FromAssemblies(ModuleAssemblies(), loggerFactory.CreateLogger<PoCatalog>());

        var redefinitions = logs.Entries.Where(e => e.Level == LogLevel.Warning).Select(e => e.Message).ToList();
        Assert.True(redefinitions.Count == 0, string.Join("\n", redefinitions));
    }

    [Fact]
    public void Catalog_TranslatesEveryPermission()
    {
        var catalog = factory.Services.GetRequiredService<PoCatalog>();
        var providers = ModuleAssemblies()
            .Prepend(typeof(PoCatalog).Assembly)
            .Distinct()
            .SelectMany(a => a.GetTypes())
            .Where(t => typeof(IPermissionProvider).IsAssignableFrom(t) && t is { IsClass: true, IsAbstract: false } && t.GetConstructor(Type.EmptyTypes) is not null)
            .Select(t => (IPermissionProvider)Activator.CreateInstance(t)!)
            .ToList();
        var permissions = providers.SelectMany(p => p.GetPermissions()).ToList();

        var untranslated = permissions.Where(p => !catalog.TryGetEntry(French, null, p.Description, out _)).Select(p => $"{p.Name}: {p.Description}").ToList();

        Assert.NotEmpty(permissions);
        Assert.True(untranslated.Count == 0, "Permissions without a French description:\n" + string.Join("\n", untranslated));
    }

    [Fact]
    public void Catalog_FrenchSaysCentreNotTenant()
    {
        var catalog = factory.Services.GetRequiredService<PoCatalog>();

        var withTenant = catalog.GetEntries("fr")
            .Select(e => e.Translations.FirstOrDefault() ?? "")
            .Where(text => TenantWord().IsMatch(WithoutCommands(text)))
            .ToList();

        Assert.True(withTenant.Count == 0, "French translations that say tenant:\n" + string.Join("\n", withTenant));
    }

    /// <summary>Removes the command names and URL paths that users type as they are, such as « tenants list » and /api/tenants.</summary>
    private static string WithoutCommands(string text) =>
        text.Replace("« tenants list »", "").Replace("« tenants »", "").Replace("/api/tenants", "");

    [GeneratedRegex(@"\btenants?\b", RegexOptions.IgnoreCase)]
    private static partial Regex TenantWord();

    private IReadOnlyList<System.Reflection.Assembly> ModuleAssemblies() => factory.Services.GetRequiredService<FeatureCatalogue>().ModuleAssemblies;
}
