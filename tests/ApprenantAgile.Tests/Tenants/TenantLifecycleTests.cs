using System.Net;
using System.Text.Json;
using ApprenantAgile.Platform.Tenants;
using ApprenantAgile.Tests.Infrastructure;
using Npgsql;

namespace ApprenantAgile.Tests.Tenants;

public sealed class TenantLifecycleTests(TenantTestFactory factory) : IClassFixture<TenantTestFactory>
{
    private async Task<string> CreateCentreAsync(HttpClient admin, DatabaseProvider provider)
    {
        var name = PlatformFactory.UniqueTenantName("centre");
        var response = await TenantTestFactory.PostFormAsync(admin, "/admin/tenants/create", "/admin/tenants/create",
        [
            new("Name", name), new("SiteName", "APP"), new("RequestUrlPrefix", name), new("RecipeName", "centre"),
            new("AdminEmail", "direction@centre.test"), new("DatabaseProvider", provider.ToString()),
        ]);
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        return name;
    }

    private static Task<HttpResponseMessage> ConfirmAsync(HttpClient admin, string name, string operation)
    {
        var url = $"/admin/tenants/{name}/{operation}";
        return TenantTestFactory.PostFormAsync(admin, url, url, []);
    }

    [Theory]
    [MemberData(nameof(TestDatabases.Providers), MemberType = typeof(TestDatabases))]
    public async Task Disabled_tenant_answers_404_until_enabled(DatabaseProvider provider)
    {
        using var admin = await factory.CreateAdminClientAsync();
        var name = await CreateCentreAsync(admin, provider);
        using var centreAdmin = await factory.CreateCentreAdminClientAsync(name, name);
        var centrePage = $"/{name}/admin/features";

        var before = await centreAdmin.GetAsync(centrePage);
        var disable = await ConfirmAsync(admin, name, "disable");
        var whileDisabled = await centreAdmin.GetAsync(centrePage);
        var enable = await ConfirmAsync(admin, name, "enable");
        var after = await centreAdmin.GetAsync(centrePage);

        Assert.Equal(HttpStatusCode.OK, before.StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, disable.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, whileDisabled.StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, enable.StatusCode);
        Assert.Equal(HttpStatusCode.OK, after.StatusCode);
    }

    [Theory]
    [MemberData(nameof(TestDatabases.Providers), MemberType = typeof(TestDatabases))]
    public async Task Remove_archives_data_and_settings(DatabaseProvider provider)
    {
        using var admin = await factory.CreateAdminClientAsync();
        var name = await CreateCentreAsync(admin, provider);
        var settings = factory.TenantHost.FindSettings(name)!;

        var remove = await ConfirmAsync(admin, name, "remove");
        var afterRemove = await admin.GetAsync($"/{name}/admin/features");

        Assert.Equal(HttpStatusCode.Redirect, remove.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, afterRemove.StatusCode);
        Assert.Null(factory.TenantHost.FindSettings(name));
        Assert.False(await factory.StorageExistsAsync(settings));

        var archive = Assert.Single(Directory.GetDirectories(Path.Combine(factory.AppDataPath, "Archives"), name + "-*"));
        using var archived = JsonDocument.Parse(await File.ReadAllTextAsync(Path.Combine(archive, "tenant.json")));
        Assert.Equal(name, archived.RootElement.GetProperty("Settings").GetProperty("Name").GetString());
        if (provider == DatabaseProvider.Sqlite)
        {
            Assert.True(File.Exists(Path.Combine(archive, "tenant.db")));
        }
        else
        {
            var schema = archived.RootElement.GetProperty("ArchivedSchema").GetString()!;
            Assert.StartsWith("archived_" + name.Replace('-', '_') + "_", schema);
            Assert.Equal(1L, await CountTablesAsync(schema, "Documents"));
        }
    }

    [Fact]
    public async Task National_tenant_cannot_be_removed()
    {
        using var admin = await factory.CreateAdminClientAsync();

        var response = await ConfirmAsync(admin, TenantSettings.DefaultTenantName, "remove");

        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        Assert.Equal(TenantState.Running, factory.TenantHost.FindSettings(TenantSettings.DefaultTenantName)?.State);
    }

    [Fact]
    public async Task Tenants_page_lists_national_tenant()
    {
        using var admin = await factory.CreateAdminClientAsync();

        var html = await admin.GetStringAsync("/admin/tenants");

        Assert.Contains("<th scope=\"row\">Default</th>", html);
    }

    /// <summary>"Remove" is "Retirer" on other screens; the msgctxt of this view makes it "Supprimer" here.</summary>
    [Fact]
    public async Task Tenants_page_says_Supprimer_for_remove()
    {
        using var admin = await factory.CreateAdminClientAsync();
        await CreateCentreAsync(admin, DatabaseProvider.Sqlite);

        var html = WebUtility.HtmlDecode(await admin.GetStringAsync("/admin/tenants?culture=fr"));

        Assert.Contains(">Supprimer<span class=\"visually-hidden\">", html);
        Assert.DoesNotContain(">Retirer<", html);
    }

    private static async Task<long> CountTablesAsync(string schema, string table)
    {
        await using var connection = new NpgsqlConnection(TestDatabases.PostgresConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(
            "SELECT COUNT(*) FROM information_schema.tables WHERE table_schema = @schema AND table_name = @table", connection);
        command.Parameters.AddWithValue("schema", schema);
        command.Parameters.AddWithValue("table", table);
        return (long)(await command.ExecuteScalarAsync())!;
    }
}
