using System.Net;
using System.Text.RegularExpressions;
using ApprenantAgile.Tests.Infrastructure;
using Npgsql;

namespace ApprenantAgile.Tests.ScaleOut;

/// <summary>
/// Two host processes on 127.0.0.1 sharing one PostgreSQL database (created for the run), the
/// Redis server of AA_TEST_REDIS and one shared storage folder, as docs/operations.md describes.
/// Node A sets up the national tenant with the development seed; node B starts at the same time.
/// </summary>
public sealed partial class TwoNodeCluster : IAsyncLifetime
{
    public const string NationalAdminEmail = "admin@cluster.test";

    private readonly string _id = Guid.NewGuid().ToString("N")[..8];
    private readonly string _work = Path.Combine(Path.GetTempPath(), "aa-cluster-tests", Guid.NewGuid().ToString("N"));

    public HostNode NodeA { get; private set; } = null!;

    public HostNode NodeB { get; private set; } = null!;

    public string DatabaseConnectionString { get; private set; } = "";

    public string NationalAdminPassword { get; private set; } = "";

    public string SharedStoragePath => Path.Combine(_work, "shared");

    public string MailFolder => Path.Combine(_work, "mail");

    private string DatabaseName => $"aa_cluster_{_id}";

    public async Task InitializeAsync()
    {
        await CreateDatabaseAsync();
        Directory.CreateDirectory(SharedStoragePath);
        Directory.CreateDirectory(ContentRoot("a"));
        Directory.CreateDirectory(ContentRoot("b"));

        var startA = HostNode.StartAsync("A", NodeEnvironment("node-a", seed: true), ContentRoot("a"));
        var startB = HostNode.StartAsync("B", NodeEnvironment("node-b", seed: false), ContentRoot("b"));
        try
        {
            await Task.WhenAll(startA, startB);
            NodeA = startA.Result;
            NodeB = startB.Result;

            var seeded = await NodeA.WaitForOutputAsync(SeedPasswordLine(), TimeSpan.FromMinutes(2));
            NationalAdminPassword = seeded.Groups[1].Value;
        }
        catch
        {
            // No process may outlive a failed start-up.
            foreach (var start in new[] { startA, startB }.Where(t => t.IsCompletedSuccessfully))
            {
                await start.Result.DisposeAsync();
            }

            throw;
        }
    }

    public async Task DisposeAsync()
    {
        if (NodeA is not null)
        {
            await NodeA.DisposeAsync();
        }

        if (NodeB is not null)
        {
            await NodeB.DisposeAsync();
        }

        NpgsqlConnection.ClearAllPools();

        await using var connection = new NpgsqlConnection(TestDatabases.PostgresConnectionString);
        await connection.OpenAsync();
        await using var drop = new NpgsqlCommand($"DROP DATABASE IF EXISTS {DatabaseName} WITH (FORCE)", connection);
        await drop.ExecuteNonQueryAsync();

        try
        {
            Directory.Delete(_work, recursive: true);
        }
        catch (IOException)
        {
            // A file still open by a dying process; the temp folder is cleaned by the OS later.
        }
    }

    /// <summary>
    /// Creates and sets up a centre at /{name}/ through the tenants command run with node A's
    /// configuration, as an operator would on that node. Returns the command's output.
    /// </summary>
    /// <remarks>When the tenants API is available, this is the one place to switch to an HTTP call on node A.</remarks>
    public async Task<string> CreateCentreOnNodeAAsync(string name)
    {
        var (exitCode, output) = await HostNode.RunCommandAsync(NodeEnvironment("node-a-command", seed: false), ContentRoot("a"),
            "tenants", "create", "--name", name, "--prefix", name, "--site-name", "APP " + name,
            "--admin-email", $"direction@{name}.test", "--recipe", "centre");
        Assert.True(exitCode == 0, $"Creating tenant {name} failed with exit code {exitCode}:\n{output}");
        return output;
    }

    /// <summary>Runs a host command with node B's configuration (the badges command, for example).</summary>
    public Task<(int ExitCode, string Output)> RunOnNodeBAsync(params string[] args) =>
        HostNode.RunCommandAsync(NodeEnvironment("node-b-command", seed: false), ContentRoot("b"), args);

    /// <summary>
    /// Sends GETs of <paramref name="path"/> to a node until one returns 200, sending none after
    /// <paramref name="deadline"/>. Returns the last status. A request sent before the deadline may
    /// take longer: the node applied the change when it routed the request, and the first request
    /// then activates the tenant, which takes seconds on a loaded machine.
    /// </summary>
    public static async Task<HttpStatusCode> PollUntilOkAsync(HostNode node, string path, DateTime deadline)
    {
        using var client = new HttpClient { BaseAddress = node.BaseAddress, Timeout = TimeSpan.FromSeconds(90) };
        var status = HttpStatusCode.NotFound;
        do
        {
            using var response = await client.GetAsync(path);
            status = response.StatusCode;
            if (status == HttpStatusCode.OK)
            {
                return status;
            }

            await Task.Delay(50);
        }
        while (DateTime.UtcNow < deadline);

        return status;
    }

    public async Task<string> SingleAssertionIdAsync(string tenantName)
    {
        await using var connection = new NpgsqlConnection(DatabaseConnectionString);
        await connection.OpenAsync();
        var schema = "tenant_" + tenantName.Replace('-', '_');
        await using var command = new NpgsqlCommand($"SELECT \"AssertionId\" FROM \"{schema}\".\"AssertionIndex\"", connection);
        await using var reader = await command.ExecuteReaderAsync();
        var ids = new List<string>();
        while (await reader.ReadAsync())
        {
            ids.Add(reader.GetString(0));
        }

        return Assert.Single(ids);
    }

    private Dictionary<string, string> NodeEnvironment(string nodeName, bool seed) => new()
    {
        ["ASPNETCORE_ENVIRONMENT"] = "Development",
        ["Logging__LogLevel__Default"] = "Information",
        ["Logging__LogLevel__Microsoft.AspNetCore"] = "Warning",
        ["Logging__LogLevel__Microsoft.EntityFrameworkCore"] = "Warning",
        ["Logging__LogLevel__ApprenantAgile.Platform.Localization"] = "Error",
        ["Platform__AppDataPath"] = Path.Combine(_work, nodeName),
        ["Platform__SharedStoragePath"] = SharedStoragePath,
        ["Platform__DefaultDatabaseProvider"] = "Postgres",
        ["Platform__PostgresConnectionString"] = DatabaseConnectionString,
        ["Platform__PublicBaseUrl"] = "http://badges.cluster.test",
        ["Platform__DevelopmentSeed__Enabled"] = seed ? "true" : "false",
        ["Platform__DevelopmentSeed__NationalAdminEmail"] = NationalAdminEmail,
        ["Cluster__Redis"] = TestRedis.Address,
        ["Cluster__RedisPrefix"] = "aa-test-" + _id,
        ["Cluster__TenantsStore"] = "Postgres",
        ["Cluster__DataProtectionKeys"] = "Redis",
        ["Cluster__NodeName"] = nodeName,
        // Notifications alone must carry the changes under test: the periodic catch-up waits 10 minutes.
        ["Cluster__TenantCatchUpInterval"] = "00:10:00",
        ["Email__DeliveryMethod"] = "PickupDirectory",
        ["Email__DefaultSender"] = "Apprenant Agile <no-reply@cluster.test>",
        ["Email__PickupDirectory"] = MailFolder,
    };

    private string ContentRoot(string node) => Path.Combine(_work, "content-" + node);

    private async Task CreateDatabaseAsync()
    {
        await using var connection = new NpgsqlConnection(TestDatabases.PostgresConnectionString);
        await connection.OpenAsync();
        await using var create = new NpgsqlCommand($"CREATE DATABASE {DatabaseName}", connection);
        await create.ExecuteNonQueryAsync();

        DatabaseConnectionString = new NpgsqlConnectionStringBuilder(TestDatabases.PostgresConnectionString) { Database = DatabaseName }.ToString();
    }

    [GeneratedRegex(@"sign in as \S+ with the password (\S+)")]
    private static partial Regex SeedPasswordLine();
}
