using System.Net;
using ApprenantAgile.Platform.Security.Permissions;
using ApprenantAgile.Platform.Tenants;
using ApprenantAgile.Tests.Infrastructure;

namespace ApprenantAgile.Tests.Localization;

/// <summary>
/// The users list counts its results with the PO plural forms: in French 0 and 1 take the singular,
/// in English only 1 does.
/// </summary>
public sealed class PluralScreenTests(PlatformFactory factory) : IClassFixture<PlatformFactory>
{
    private const string Host = "centres.test";

    [Theory]
    [InlineData("fr", "zzz-personne", "0 utilisateur trouvé.")]
    [InlineData("fr", "solo", "1 utilisateur trouvé.")]
    [InlineData("fr", "duo", "2 utilisateurs trouvés.")]
    [InlineData("en", "zzz-personne", "0 users found.")]
    [InlineData("en", "solo", "1 user found.")]
    [InlineData("en", "duo", "2 users found.")]
    public async Task Users_list_counts_its_results_with_plural_forms(string culture, string search, string expected)
    {
        var tenant = await TenantAsync();
        using var admin = factory.CreateClientForHost(Host);
        await TestUsers.SignInAsync(admin, $"/{tenant}", "directrice");

        var response = await admin.GetAsync($"/{tenant}/admin/users?q={search}&culture={culture}");
        var html = WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync());

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains($"<p>{expected}</p>", html);
        if (culture == "fr" && search == "solo")
        {
            // "Enabled" is "Activé" on the features page; the users list's msgctxt makes it "Actif".
            Assert.Contains("<td>Actif</td>", html);
        }
    }

    private static readonly SemaphoreSlim TenantGate = new(1, 1);
    private static string? _tenant;

    /// <summary>One tenant for the class: an administrator, one "solo" user and two "duo" users.</summary>
    private async Task<string> TenantAsync()
    {
        await TenantGate.WaitAsync();
        try
        {
            if (_tenant is null)
            {
                var name = PlatformFactory.UniqueTenantName("pluriels");
                await factory.CreateRunningTenantAsync(name, DatabaseProvider.Sqlite, prefix: name, hosts: [Host]);
                await TestUsers.CreateAsync(factory, name, "directrice", [StandardRoles.Administrator]);
                await TestUsers.CreateAsync(factory, name, "solo", [StandardRoles.Apprenant]);
                await TestUsers.CreateAsync(factory, name, "duo-a", [StandardRoles.Apprenant]);
                await TestUsers.CreateAsync(factory, name, "duo-b", [StandardRoles.Apprenant]);
                _tenant = name;
            }

            return _tenant;
        }
        finally
        {
            TenantGate.Release();
        }
    }
}
