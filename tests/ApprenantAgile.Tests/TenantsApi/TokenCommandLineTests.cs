using System.Net;
using ApprenantAgile.Platform.Tenants;
using ApprenantAgile.Tests.Infrastructure;
using ApprenantAgile.Web.Cli;

namespace ApprenantAgile.Tests.TenantsApi;

/// <summary>The host's "tokens" command: a token it creates opens the tenants API until it revokes it.</summary>
public sealed class TokenCommandLineTests(TenantsApiHosts hosts) : IClassFixture<TenantsApiHosts>
{
    private static async Task<(int ExitCode, string Output, string Error)> RunAsync(TenantsApiFactory factory, params string[] args)
    {
        var output = new StringWriter();
        var error = new StringWriter();
        var exitCode = await TokenCommandHost.RunAsync(factory.Services, ["tokens", .. args], output, error);
        return (exitCode, output.ToString(), error.ToString());
    }

    [Theory]
    [MemberData(nameof(TestDatabases.Providers), MemberType = typeof(TestDatabases))]
    public async Task Created_token_works_until_revoked(DatabaseProvider provider)
    {
        var factory = await hosts.GetAsync(provider);

        var created = await RunAsync(factory, "create", "--name", "Script de provisionnement", "--permission", TenantPermissions.ManageTenantsName);
        var secret = created.Output.Trim();
        using var client = factory.CreateApiClient(secret);
        var before = await client.GetAsync("/api/tenants");
        var listed = await RunAsync(factory, "list");
        var id = listed.Output.Split('\n').Single(l => l.Contains("Script de provisionnement")).Split('\t')[0];
        var revoked = await RunAsync(factory, "revoke", "--id", id);
        var after = await client.GetAsync("/api/tenants");

        Assert.Equal(0, created.ExitCode);
        Assert.StartsWith("aa_", secret);
        Assert.Contains("Copiez-le maintenant", created.Error);
        Assert.Equal(HttpStatusCode.OK, before.StatusCode);
        Assert.DoesNotContain(secret, listed.Output);
        Assert.Equal(0, revoked.ExitCode);
        Assert.Equal(HttpStatusCode.Unauthorized, after.StatusCode);
    }

    [Theory]
    [MemberData(nameof(TestDatabases.Providers), MemberType = typeof(TestDatabases))]
    public async Task Unknown_permission_is_rejected(DatabaseProvider provider)
    {
        var factory = await hosts.GetAsync(provider);

        var result = await RunAsync(factory, "create", "--name", "Script", "--permission", "ToutFaire");

        Assert.Equal(1, result.ExitCode);
        Assert.Contains("La permission « ToutFaire » n'existe pas ou sa fonctionnalité est désactivée.", result.Error);
        Assert.Equal("", result.Output);
    }
}
