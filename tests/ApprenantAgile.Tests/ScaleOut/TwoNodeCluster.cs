using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.RegularExpressions;
using ApprenantAgile.Tests.Infrastructure;
using Npgsql;

namespace ApprenantAgile.Tests.ScaleOut;

/// <summary>
/// Two host processes on 127.0.0.1 sharing one PostgreSQL database on a server of the cluster's
/// own (<see cref="ClusterPostgres"/>, so that a test may restart it), the Redis server of
/// AA_TEST_REDIS and one shared storage folder, as docs/operations.md describes.
/// Node A sets up the national tenant with the development seed; node B starts at the same time.
/// Both nodes send their e-mails to one <see cref="TestSmtpServer"/> on 127.0.0.1.
/// </summary>
public sealed partial class TwoNodeCluster : IAsyncLifetime
{
    public const string NationalAdminEmail = "admin@cluster.test";

    /// <summary>The public address both nodes build badge URLs with; the verifier reads such URLs from the shared store.</summary>
    public const string PublicBaseUrl = "http://badges.cluster.test";

    private readonly string _id = Guid.NewGuid().ToString("N")[..8];
    private readonly string _work = Path.Combine(Path.GetTempPath(), "aa-cluster-tests", Guid.NewGuid().ToString("N"));

    public HostNode NodeA { get; private set; } = null!;

    public ClusterPostgres Postgres { get; private set; } = null!;

    public HostNode NodeB { get; private set; } = null!;

    public string DatabaseConnectionString { get; private set; } = "";

    public string NationalAdminPassword { get; private set; } = "";

    public string SharedStoragePath => Path.Combine(_work, "shared");

    public TestSmtpServer Smtp { get; } = new();

    private readonly SemaphoreSlim _centreGate = new(1, 1);
    private string? _apiToken;
    private ClusterCentre? _centre;

    private string DatabaseName => $"aa_cluster_{_id}";

    public async Task InitializeAsync()
    {
        Postgres = await ClusterPostgres.StartAsync(Path.Combine(_work, "postgres"));
        await CreateDatabaseAsync();
        await Smtp.StartAsync();
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

        await Smtp.DisposeAsync();
        NpgsqlConnection.ClearAllPools();
        if (Postgres is not null)
        {
            await Postgres.StopAsync();
        }

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
    /// Creates and sets up a centre at /{name}/ with the centre recipe through the tenants API of
    /// node A, with a token made by the host's "tokens create" command on the shared store.
    /// The centre's administrator is direction@{name}.test and gets a set-password e-mail.
    /// </summary>
    public async Task CreateCentreOnNodeAAsync(string name)
    {
        var (status, body) = await PostCentreOnNodeAAsync(name);

        Assert.True(status == HttpStatusCode.Created, $"POST /api/tenants for {name} on node A answered {(int)status}: {body}");
    }

    /// <summary>Sends the tenants API request of <see cref="CreateCentreOnNodeAAsync"/> and returns the status and body without checking them.</summary>
    public async Task<(HttpStatusCode Status, string Body)> PostCentreOnNodeAAsync(string name)
    {
        using var client = new HttpClient { BaseAddress = NodeA.BaseAddress, Timeout = TimeSpan.FromMinutes(2) };
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", await ApiTokenAsync());

        using var response = await client.PostAsJsonAsync("/api/tenants", new
        {
            name,
            siteName = "APP " + name,
            adminEmail = $"direction@{name}.test",
            requestUrlPrefix = name,
            recipe = "centre",
        });

        return (response.StatusCode, await response.Content.ReadAsStringAsync());
    }

    /// <summary>The centre with a learner and a trainer that the tests share, created on first use.</summary>
    public async Task<ClusterCentre> SharedCentreAsync()
    {
        await _centreGate.WaitAsync();
        try
        {
            return _centre ??= await ClusterCentre.CreateAsync(this, "pop");
        }
        finally
        {
            _centreGate.Release();
        }
    }

    /// <summary>Creates, once per cluster, an API token with ManageTenants through the "tokens create" command run with node A's configuration.</summary>
    private async Task<string> ApiTokenAsync()
    {
        if (_apiToken is null)
        {
            var (exitCode, output) = await HostNode.RunCommandAsync(NodeEnvironment("node-a-command", seed: false), ContentRoot("a"),
                "tokens", "create", "--name", "Tests du cluster", "--permission", "ManageTenants");
            Assert.True(exitCode == 0, $"'tokens create' failed with exit code {exitCode}:\n{output}");
            _apiToken = output.Split('\n').Select(l => l.Trim()).SingleOrDefault(l => l.StartsWith("aa_", StringComparison.Ordinal))
                ?? throw new InvalidOperationException($"'tokens create' printed no token line starting with aa_:\n{output}");
        }

        return _apiToken;
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
        ["Platform__PublicBaseUrl"] = PublicBaseUrl,
        ["Platform__DevelopmentSeed__Enabled"] = seed ? "true" : "false",
        ["Platform__DevelopmentSeed__NationalAdminEmail"] = NationalAdminEmail,
        ["Cluster__Redis"] = TestRedis.Address,
        ["Cluster__RedisPrefix"] = "aa-test-" + _id,
        ["Cluster__TenantsStore"] = "Postgres",
        ["Cluster__DataProtectionKeys"] = "Redis",
        ["Cluster__NodeName"] = nodeName,
        // Notifications alone must carry the changes under test: the periodic catch-up waits 10 minutes.
        ["Cluster__TenantCatchUpInterval"] = "00:10:00",
        // Each node looks for due workflow timers every second; the Redis lock lets one of them resume each.
        ["Workflows__TimerPollInterval"] = "00:00:01",
        ["Email__DeliveryMethod"] = "Network",
        ["Email__Host"] = "127.0.0.1",
        ["Email__Port"] = Smtp.Port.ToString(System.Globalization.CultureInfo.InvariantCulture),
        ["Email__SecureSocketOptions"] = "None",
        ["Email__DefaultSender"] = "Apprenant Agile <no-reply@cluster.test>",
    };

    private string ContentRoot(string node) => Path.Combine(_work, "content-" + node);

    private async Task CreateDatabaseAsync()
    {
        await using var connection = new NpgsqlConnection(Postgres.AdminConnectionString);
        await connection.OpenAsync();
        await using var create = new NpgsqlCommand($"CREATE DATABASE {DatabaseName}", connection);
        await create.ExecuteNonQueryAsync();

        DatabaseConnectionString = new NpgsqlConnectionStringBuilder(Postgres.AdminConnectionString) { Database = DatabaseName }.ToString();
    }

    [GeneratedRegex(@"sign in as \S+ with the password (\S+)")]
    private static partial Regex SeedPasswordLine();
}
