using ApprenantAgile.Platform.Tenants;
using ApprenantAgile.Tests.Infrastructure;
using ApprenantAgile.Web.Cli;

namespace ApprenantAgile.Tests.Tenants;

public sealed class TenantCommandLineTests(TenantTestFactory factory) : IClassFixture<TenantTestFactory>
{
    private async Task<(int ExitCode, string Output, string Error)> RunAsync(params string[] args)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        var exitCode = await TenantCommandHost.RunAsync(factory.Services, ["tenants", .. args], output, error);
        return (exitCode, output.ToString(), error.ToString());
    }

    [Theory]
    [MemberData(nameof(TestDatabases.Providers), MemberType = typeof(TestDatabases))]
    public async Task Create_command_sets_up_tenant(DatabaseProvider provider)
    {
        var name = PlatformFactory.UniqueTenantName("cli");
        string[] connection = provider == DatabaseProvider.Postgres ? ["--connection", TestDatabases.PostgresConnectionString] : [];

        var (exitCode, output, error) = await RunAsync(
            ["create", "--name", name, "--prefix", name, "--site-name", "APP Lyon", "--admin-email", "a@b.fr",
             "--recipe", "centre", "--provider", provider.ToString(), .. connection]);

        Assert.Equal("", error);
        Assert.Equal(0, exitCode);
        Assert.Contains($"« {name} »", output);
        Assert.Equal(TenantState.Running, factory.TenantHost.FindSettings(name)?.State);
        Assert.Equal(provider, factory.TenantHost.FindSettings(name)?.DatabaseProvider);
    }

    [Fact]
    public async Task Create_command_prints_every_error()
    {
        var (exitCode, output, error) = await RunAsync(
            "create", "--name", "Centre Lyon", "--prefix", "admin", "--site-name", "APP", "--admin-email", "a@b.fr", "--recipe", "inconnue");

        Assert.Equal(1, exitCode);
        Assert.Equal("", output);
        Assert.Contains("« Centre Lyon »", error);
        Assert.Contains("« admin »", error);
        Assert.Contains("« inconnue »", error);
        Assert.Equal(3, error.Split('\n', StringSplitOptions.RemoveEmptyEntries).Length);
        Assert.DoesNotContain(factory.TenantHost.AllSettings, t => t.Name == "Centre Lyon");
    }

    [Fact]
    public async Task Disable_enable_remove_commands_change_tenant()
    {
        var name = PlatformFactory.UniqueTenantName("cli");
        var create = await RunAsync("create", "--name", name, "--prefix", name, "--site-name", "APP", "--admin-email", "a@b.fr");
        Assert.Equal(0, create.ExitCode);

        var disable = await RunAsync("disable", "--name", name);
        var stateAfterDisable = factory.TenantHost.FindSettings(name)?.State;
        var enable = await RunAsync("enable", "--name", name);
        var stateAfterEnable = factory.TenantHost.FindSettings(name)?.State;
        var remove = await RunAsync("remove", "--name", name);

        Assert.Equal(0, disable.ExitCode);
        Assert.Equal(TenantState.Disabled, stateAfterDisable);
        Assert.Equal(0, enable.ExitCode);
        Assert.Equal(TenantState.Running, stateAfterEnable);
        Assert.Equal(0, remove.ExitCode);
        Assert.Null(factory.TenantHost.FindSettings(name));
    }

    [Fact]
    public async Task List_command_prints_tenants()
    {
        var (exitCode, output, _) = await RunAsync("list");

        Assert.Equal(0, exitCode);
        Assert.StartsWith("Default\t", output);
    }

    [Theory]
    [InlineData("remove", "--name", "Default")]
    [InlineData("disable", "--name", "inexistant")]
    [InlineData("disable")]
    [InlineData("disable", "--nom", "x")]
    [InlineData("inconnue")]
    public async Task Invalid_command_exits_with_1(params string[] args)
    {
        var (exitCode, _, error) = await RunAsync(args);

        Assert.Equal(1, exitCode);
        Assert.NotEqual("", error);
    }
}
