using System.Globalization;
using ApprenantAgile.Badges.Issuing.Csv;
using ApprenantAgile.Platform.Tenants;
using ApprenantAgile.Tests.Infrastructure;
using ApprenantAgile.Web.Cli;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Localization;

namespace ApprenantAgile.Tests.Issuing;

public sealed class CsvIssueTests : IClassFixture<PlatformFactory>
{
    private readonly PlatformFactory _factory;

    public CsvIssueTests(PlatformFactory factory)
    {
        _factory = factory;
    }

    [Theory]
    [MemberData(nameof(TestDatabases.Providers), MemberType = typeof(TestDatabases))]
    public async Task Bom_semicolon_accents_all_issued(DatabaseProvider provider)
    {
        var tenant = await IssuingTenant.CreateAsync(_factory, provider);

        var report = await ImportAsync(tenant, "apprenants-bom-pointvirgule.csv");

        Assert.Empty(report.Errors);
        Assert.Equal(3, report.Issued);
        Assert.Equal(0, report.AlreadyIssued);
    }

    [Fact]
    public async Task Second_import_issues_nothing()
    {
        var tenant = await IssuingTenant.CreateAsync(_factory, DatabaseProvider.Sqlite);

        await ImportAsync(tenant, "apprenants-bom-pointvirgule.csv");
        var again = await ImportAsync(tenant, "apprenants-bom-pointvirgule.csv");

        Assert.Equal(0, again.Issued);
        Assert.Equal(3, again.AlreadyIssued);
    }

    [Fact]
    public async Task Bad_rows_reported_with_line()
    {
        var tenant = await IssuingTenant.CreateAsync(_factory, DatabaseProvider.Sqlite);

        var report = await ImportAsync(tenant, "apprenants-erreurs.csv");

        Assert.Equal(2, report.Issued);
        Assert.Equal([3, 4, 5], report.Errors.Select(e => e.LineNumber).ToArray());
        Assert.Contains("Ligne 3 : l’adresse e-mail « pas-une-adresse » n’est pas valide.", report.Errors[0].Message);
        Assert.Contains("Ligne 4 : le badge « badge-inconnu » n’existe pas", report.Errors[1].Message);
        Assert.Contains("Ligne 5 : la date « 31/02/2026 » n’est pas valide.", report.Errors[2].Message);
    }

    [Fact]
    public async Task Missing_column_rejects_file()
    {
        var tenant = await IssuingTenant.CreateAsync(_factory, DatabaseProvider.Sqlite);
        var bytes = "email;badge\na@exemple.fr;communication-explorateur\n"u8.ToArray();

        var report = await WithFrenchAsync(() => tenant.WithScopeAsync(sp => sp.GetRequiredService<CsvIssueImporter>().ImportAsync(bytes, null, default)));

        Assert.Equal(0, report.Issued);
        Assert.Contains("nom, date", Assert.Single(report.Errors).Message);
    }

    [Fact]
    public async Task Command_line_prints_french_report()
    {
        var tenant = await IssuingTenant.CreateAsync(_factory, DatabaseProvider.Sqlite);
        using var output = new StringWriter();
        using var error = new StringWriter();
        var command = new BadgeCommandLine(_factory.TenantHost, _factory.Services.GetRequiredService<IStringLocalizer<BadgeCommandLine>>(), output, error);

        var exitCode = await command.RunAsync(["issue-csv", "--tenant", tenant.Name, "--file", FixturePath("apprenants-erreurs.csv")], default);

        Assert.Equal(1, exitCode);
        Assert.Contains("2 badges délivrés, 0 déjà délivré auparavant, 3 lignes refusées.", output.ToString());
        Assert.Contains("Ligne 3 :", error.ToString());
    }

    /// <summary>The command line speaks French: 0 and 1 take the singular.</summary>
    [Fact]
    public async Task Command_line_report_uses_plural_forms()
    {
        var tenant = await IssuingTenant.CreateAsync(_factory, DatabaseProvider.Sqlite);
        var path = Path.Combine(Path.GetTempPath(), $"pluriels-{Guid.NewGuid():N}.csv");
        await File.WriteAllTextAsync(path,
            "email;nom;badge;date\nun@exemple.fr;Une Personne;communication-explorateur;05/03/2026\nsans-adresse;Autre;communication-explorateur;05/03/2026\n");
        try
        {
            Assert.Contains("1 badge délivré, 0 déjà délivré auparavant, 1 ligne refusée.", await RunIssueCsvAsync(tenant, path));
            Assert.Contains("0 badge délivré, 1 déjà délivré auparavant, 1 ligne refusée.", await RunIssueCsvAsync(tenant, path));
        }
        finally
        {
            File.Delete(path);
        }
    }

    private async Task<string> RunIssueCsvAsync(IssuingTenant tenant, string path)
    {
        using var output = new StringWriter();
        var command = new BadgeCommandLine(_factory.TenantHost, _factory.Services.GetRequiredService<IStringLocalizer<BadgeCommandLine>>(), output, TextWriter.Null);
        Assert.Equal(1, await command.RunAsync(["issue-csv", "--tenant", tenant.Name, "--file", path], default));
        return output.ToString();
    }

    private static Task<CsvIssueReport> ImportAsync(IssuingTenant tenant, string fixture) =>
        WithFrenchAsync(async () =>
        {
            var bytes = await File.ReadAllBytesAsync(FixturePath(fixture));
            return await tenant.WithScopeAsync(sp => sp.GetRequiredService<CsvIssueImporter>().ImportAsync(bytes, null, default));
        });

    private static async Task<T> WithFrenchAsync<T>(Func<Task<T>> action)
    {
        var previous = CultureInfo.CurrentUICulture;
        CultureInfo.CurrentUICulture = CultureInfo.GetCultureInfo("fr-FR");
        try
        {
            return await action();
        }
        finally
        {
            CultureInfo.CurrentUICulture = previous;
        }
    }

    private static string FixturePath(string name) => Path.Combine(AppContext.BaseDirectory, "Fixtures", "Csv", name);
}
