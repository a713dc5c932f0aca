using System.Globalization;
using System.Text.RegularExpressions;
using ApprenantAgile.Web.Pilot;
using Npgsql;

namespace ApprenantAgile.Benchmarks.LoadNetwork;

/// <summary>
/// The platform under load: either two host processes in the cluster configuration (one PostgreSQL
/// database, Redis for tenant changes, cache and data-protection keys, one shared storage folder), or
/// one host process on SQLite. Both get the pilot network from the host's "pilot setup" command before
/// they start, and one public portfolio page per centre made through the learner's own pages.
/// </summary>
internal sealed partial class LoadTarget : IAsyncDisposable
{
    public const string Password = "Mot de passe de la charge 42";

    private readonly string _work;
    private readonly List<HostProcess> _nodes = [];
    private string? _databaseConnectionString;

    private LoadTarget(string name, string work, IReadOnlyList<LoadCentre> centres)
    {
        Name = name;
        _work = work;
        Centres = centres;
    }

    public string Name { get; }

    public IReadOnlyList<HostProcess> Nodes => _nodes;

    public IReadOnlyList<LoadCentre> Centres { get; }

    /// <summary>Sets up and starts two clustered nodes on a new database of <paramref name="postgresAdmin"/> and a Redis key prefix of their own.</summary>
    public static async Task<LoadTarget> StartClusterAsync(string work, int centreCount, string postgresAdmin, string redis)
    {
        Directory.CreateDirectory(work);
        var id = Guid.NewGuid().ToString("N")[..8];
        var target = new LoadTarget("two nodes, PostgreSQL + Redis", work, CentresOf(centreCount));
        target._databaseConnectionString = await CreateDatabaseAsync(postgresAdmin, "aa_load_" + id);
        var shared = Path.Combine(work, "shared");
        Directory.CreateDirectory(shared);

        var ports = new[] { HostProcess.FreePort(), HostProcess.FreePort() };
        Dictionary<string, string> NodeEnvironment(string node) => new(CommonEnvironment(work, ports[0]))
        {
            ["Platform__AppDataPath"] = Path.Combine(work, node),
            ["Platform__SharedStoragePath"] = shared,
            ["Platform__DefaultDatabaseProvider"] = "Postgres",
            ["Platform__PostgresConnectionString"] = target._databaseConnectionString,
            ["Cluster__Redis"] = redis,
            ["Cluster__RedisPrefix"] = "aa-load-" + id,
            ["Cluster__TenantsStore"] = "Postgres",
            ["Cluster__DataProtectionKeys"] = "Redis",
            ["Cluster__NodeName"] = node,
        };

        await RunPilotSetupAsync(NodeEnvironment("pilot-command"), centreCount);
        try
        {
            var starts = new[] { ("A", "node-a"), ("B", "node-b") }
                .Select((n, i) => HostProcess.StartAsync(n.Item1, ports[i], NodeEnvironment(n.Item2), Path.Combine(work, n.Item2 + ".log")))
                .ToList();
            await Task.WhenAll(starts.Select(s => s.ContinueWith(_ => { })));
            target._nodes.AddRange(starts.Where(s => s.IsCompletedSuccessfully).Select(s => s.Result));
            await Task.WhenAll(starts);
            await target.PreparePortfoliosAsync();
            return target;
        }
        catch
        {
            await target.DisposeAsync();
            throw;
        }
    }

    /// <summary>Sets up and starts one node whose tenants are SQLite files under its App_Data folder.</summary>
    public static async Task<LoadTarget> StartSqliteAsync(string work, int centreCount)
    {
        Directory.CreateDirectory(work);
        var target = new LoadTarget("one node, SQLite", work, CentresOf(centreCount));
        var port = HostProcess.FreePort();
        var environment = new Dictionary<string, string>(CommonEnvironment(work, port))
        {
            ["Platform__AppDataPath"] = Path.Combine(work, "app-data"),
            ["Platform__DefaultDatabaseProvider"] = "Sqlite",
        };

        await RunPilotSetupAsync(environment, centreCount);
        try
        {
            target._nodes.Add(await HostProcess.StartAsync("S", port, environment, Path.Combine(work, "node.log")));
            await target.PreparePortfoliosAsync();
            return target;
        }
        catch
        {
            await target.DisposeAsync();
            throw;
        }
    }

    /// <summary>Reads the approval and issuance counts of the centres from the target's databases.</summary>
    public Task<IssuanceCounts> ReadIssuanceAsync() =>
        _databaseConnectionString is null
            ? IssuanceCounts.ReadSqliteAsync(Path.Combine(_work, "app-data"), Centres.Select(c => c.Name))
            : IssuanceCounts.ReadPostgresAsync(_databaseConnectionString, Centres.Select(c => c.Name));

    public async ValueTask DisposeAsync()
    {
        foreach (var node in _nodes)
        {
            await node.DisposeAsync();
        }

        NpgsqlConnection.ClearAllPools();
    }

    /// <summary>The configuration both targets share: production environment, warnings and errors logged, e-mails written to a folder.</summary>
    private static Dictionary<string, string> CommonEnvironment(string work, int publicPort) => new()
    {
        ["ASPNETCORE_ENVIRONMENT"] = "Production",
        ["ASPNETCORE_CONTENTROOT"] = work,
        ["Logging__LogLevel__Default"] = "Warning",
        ["Logging__LogLevel__Microsoft.AspNetCore"] = "Warning",
        // A render waits for a thread too: on a saturated machine the default 2 s fails pages that are only slow.
        ["Liquid__RenderTimeout"] = "00:00:30",
        // Badge URLs name the first node: there is no load balancer in front of the nodes.
        ["Platform__PublicBaseUrl"] = $"http://127.0.0.1:{publicPort}",
        ["Email__DeliveryMethod"] = "PickupDirectory",
        ["Email__PickupDirectory"] = Path.Combine(work, "mail"),
        ["Email__DefaultSender"] = "Apprenant Agile <no-reply@charge.test>",
    };

    private static async Task RunPilotSetupAsync(IReadOnlyDictionary<string, string> environment, int centreCount)
    {
        var output = await HostProcess.RunCommandAsync(environment, TimeSpan.FromMinutes(30),
            "pilot", "setup", "--centres", centreCount.ToString(CultureInfo.InvariantCulture), "--password", Password);
        Console.WriteLine(output.Split('\n').LastOrDefault(l => l.Contains("Pilot", StringComparison.OrdinalIgnoreCase) || l.Contains("pilote", StringComparison.OrdinalIgnoreCase)) ?? output);
    }

    private static IReadOnlyList<LoadCentre> CentresOf(int count)
    {
        var network = PilotNetworkDescription.Load();
        return network.Centres.Take(count).Select((centre, index) =>
        {
            var people = network.PeopleOf(index);
            return new LoadCentre(centre.Name,
                people.Where(p => !p.IsTrainer).Select(p => p.UserName).ToList(),
                people.Where(p => p.IsTrainer).Select(p => p.UserName).ToList());
        }).ToList();
    }

    private static async Task<string> CreateDatabaseAsync(string adminConnectionString, string database)
    {
        await using (var connection = new NpgsqlConnection(adminConnectionString))
        {
            await connection.OpenAsync();
            await using var create = new NpgsqlCommand($"CREATE DATABASE {database}", connection);
            await create.ExecuteNonQueryAsync();
        }

        // Twice Npgsql's default connect (15 s) and command (30 s) timeouts: the saturated machine queues work.
        return new NpgsqlConnectionStringBuilder(adminConnectionString) { Database = database, Timeout = 30, CommandTimeout = 60 }.ToString();
    }

    /// <summary>
    /// Signs in each centre's learner whose pilot application was approved, and makes a public portfolio
    /// page with that badge through the page editor. Visitors open the page and verify the badge.
    /// </summary>
    private async Task PreparePortfoliosAsync()
    {
        var network = PilotNetworkDescription.Load();
        var recorder = new StepRecorder();
        foreach (var (centre, index) in Centres.Select((c, i) => (c, i)))
        {
            var holder = network.PeopleOf(index).Single(p => p.Scenario == PilotScenario.Approved).UserName;
            using var browser = new BrowserSession(_nodes[index % _nodes.Count].BaseAddress, recorder);
            var login = await browser.GetAsync("prepare", $"{centre.PathBase}/account/login");
            var signedIn = login is null ? null : await browser.PostFormAsync("prepare", $"{centre.PathBase}/account/login", login,
                [new("UserNameOrEmail", holder), new("Password", Password)]);
            var editor = signedIn is null ? null : await browser.GetAsync("prepare", $"{centre.PathBase}/mon-espace/pages/nouvelle");
            var badge = editor is null ? Match.Empty : HeldBadge().Match(editor);
            var saved = !badge.Success ? null : await browser.PostFormAsync("prepare", $"{centre.PathBase}/mon-espace/pages/nouvelle", editor!,
                [new("Title", "Mes réussites"), new("Introduction", "Les badges de ma formation."), new("Visibility", "public"), new("badges", badge.Groups[1].Value)]);
            var page = PageIdInLocation().Match(saved?.Location ?? "");
            if (!page.Success)
            {
                var errors = string.Join("; ", recorder.Errors().Select(e => $"{e.Cause}: {e.Sample}"));
                throw new InvalidOperationException(
                    $"Preparing the portfolio page of {holder} on {centre.Name} failed (badge found: {badge.Success}, redirect: '{saved?.Location}'). {errors}");
            }

            centre.AssertionId = badge.Groups[1].Value;
            centre.PortfolioPath = $"{centre.PathBase}/portfolio/{page.Groups[1].Value}";
        }
    }

    [GeneratedRegex("name=\"badges\"[^>]*value=\"([0-9a-f]{32})\"")]
    private static partial Regex HeldBadge();

    [GeneratedRegex("/mon-espace/pages/([0-9a-f]{32})")]
    private static partial Regex PageIdInLocation();
}
