using ApprenantAgile.Platform.Localization;
using Microsoft.Extensions.Logging.Abstractions;
using Xunit;

namespace ApprenantAgile.Tests.Localization;

public class PoStringLocalizerTests
{
    private const string TenantsContext = "ApprenantAgile.Tenants.TenantController";

    private static readonly PoCatalog Catalog = TestCatalogs.Create(
        ("Tenants.fr.po", """
            msgid "Tenant"
            msgstr "Locataire"

            msgctxt "ApprenantAgile.Tenants.TenantController"
            msgid "Tenant"
            msgstr "Organisation"

            msgid "Hello {0}"
            msgstr "Bonjour {0}"

            msgid "Broken {0}"
            msgstr "Cassé {1}"

            msgid "{0} badge"
            msgid_plural "{0} badges"
            msgstr[0] "{0} badge obtenu"
            msgstr[1] "{0} badges obtenus"
            """),
        ("Email.fr.po", """
            msgid "Email"
            msgstr "Courriel"
            """));

    private static PoStringLocalizer CreateLocalizer(string? context = null) =>
        new(Catalog, context, NullLogger.Instance);

    [Fact]
    public void FrenchFrance_FallsBackToFrenchFile()
    {
        using var _ = TestCatalogs.UseCulture("fr-FR");

        var localized = CreateLocalizer()["Tenant"];

        Assert.Equal("Locataire", localized.Value);
        Assert.False(localized.ResourceNotFound);
    }

    [Fact]
    public void FrenchFiles_AreMerged()
    {
        using var _ = TestCatalogs.UseCulture("fr-FR");

        Assert.Equal("Courriel", CreateLocalizer()["Email"].Value);
        Assert.Equal("Locataire", CreateLocalizer()["Tenant"].Value);
    }

    [Fact]
    public void English_ReturnsKeyAsNotFound()
    {
        using var _ = TestCatalogs.UseCulture("en-US");

        var localized = CreateLocalizer()["Tenant"];

        Assert.Equal("Tenant", localized.Value);
        Assert.True(localized.ResourceNotFound);
    }

    [Fact]
    public void ContextSpecific_BeatsContextFree()
    {
        using var _ = TestCatalogs.UseCulture("fr-FR");

        Assert.Equal("Organisation", CreateLocalizer(TenantsContext)["Tenant"].Value);
        Assert.Equal("Locataire", CreateLocalizer("Some.Other.Type")["Tenant"].Value);
    }

    [Fact]
    public void Arguments_AreFormatted()
    {
        using var _ = TestCatalogs.UseCulture("fr-FR");

        Assert.Equal("Bonjour Alice", CreateLocalizer()["Hello {0}", "Alice"].Value);
    }

    [Fact]
    public void MissingTranslation_FormatsEnglish()
    {
        using var _ = TestCatalogs.UseCulture("fr-FR");

        var localized = CreateLocalizer()["Bye {0}", "Alice"];

        Assert.Equal("Bye Alice", localized.Value);
        Assert.True(localized.ResourceNotFound);
    }

    [Fact]
    public void BrokenPlaceholder_FallsBackToEnglish()
    {
        using var _ = TestCatalogs.UseCulture("fr-FR");

        Assert.Equal("Broken x", CreateLocalizer()["Broken {0}", "x"].Value);
    }

    [Theory]
    [InlineData("fr-FR", 0, "0 badge obtenu")]
    [InlineData("fr-FR", 1, "1 badge obtenu")]
    [InlineData("fr-FR", 2, "2 badges obtenus")]
    [InlineData("en-US", 0, "0 badges")]
    [InlineData("en-US", 1, "1 badge")]
    [InlineData("en-US", 2, "2 badges")]
    public void Plural_UsesLanguageRule(string culture, int count, string expected)
    {
        using var _ = TestCatalogs.UseCulture(culture);

        var localized = CreateLocalizer().Plural(count, "{0} badge", "{0} badges", count);

        Assert.Equal(expected, localized.Value);
    }

    [Fact]
    public void EmbeddedPlatformFile_IsLoaded()
    {
        using var _ = TestCatalogs.UseCulture("fr-FR");
        var catalog = PoCatalog.FromAssemblies([]);
        var localizer = new PoStringLocalizerFactory(catalog, NullLoggerFactory.Instance)
            .Create(typeof(CultureSwitchMessages));

        Assert.Equal("Langue non prise en charge", localizer["Unsupported language"].Value);
    }

    [Theory]
    [InlineData("ApprenantAgile.Badges.Localization.Badges.fr.po", "fr")]
    [InlineData("Tenants.fr-FR.po", "fr-FR")]
    [InlineData("Email.en.po", "en")]
    public void ResourceName_GivesCulture(string name, string expected)
    {
        Assert.True(PoResource.TryGetCulture(name, out var culture));
        Assert.Equal(expected, culture.Name);
    }

    [Theory]
    [InlineData("Tenants.po")]
    [InlineData("Tenants.notaculture.po")]
    public void ResourceName_WithoutCultureIsRejected(string name)
    {
        Assert.False(PoResource.TryGetCulture(name, out _));
    }
}
