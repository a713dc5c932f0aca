using System.Net;
using System.Text.Json;
using ApprenantAgile.Badges.Review;
using ApprenantAgile.Tests.Infrastructure;
using Xunit.Abstractions;

namespace ApprenantAgile.Tests.ScaleOut;

/// <summary>
/// Two host processes behind no balancer, sharing PostgreSQL, Redis and the storage folder: what
/// one node changes or issues, the other serves. The tests share the cluster and run one at a time.
/// </summary>
[Collection(TwoNodeClusterCollection.Name)]
public sealed class TwoNodeClusterTests(TwoNodeCluster cluster, ITestOutputHelper output)
{
    /// <summary>How soon a tenant change made on one node must be served by the other.</summary>
    private static readonly TimeSpan PropagationDeadline = TimeSpan.FromSeconds(2);

    [Fact]
    public async Task Api_tenant_from_A_serves_on_B()
    {
        var name = PlatformFactory.UniqueTenantName("prop");
        using (var client = new HttpClient { BaseAddress = cluster.NodeB.BaseAddress })
        {
            Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync($"/{name}/")).StatusCode);
        }

        await cluster.CreateCentreOnNodeAAsync(name);
        var created = DateTime.UtcNow;
        var deadline = created + PropagationDeadline;

        var status = await TwoNodeCluster.PollUntilOkAsync(cluster.NodeB, $"/{name}/", deadline);

        Assert.True(status == HttpStatusCode.OK,
            $"Node B still answered {(int)status} for /{name}/ {PropagationDeadline.TotalSeconds} s after node A's tenants API created it. Node B output:\n{cluster.NodeB.Output}");
        output.WriteLine($"Node B served the new tenant {(DateTime.UtcNow - created).TotalMilliseconds:0} ms after node A's API answered.");
    }

    [Fact]
    public async Task Learner_cookie_from_A_works_on_B()
    {
        var centre = await cluster.SharedCentreAsync();
        var cookies = new CookieContainer();
        using var clientA = ClusterCentre.CreateClient(cluster.NodeA, cookies);
        using var clientB = ClusterCentre.CreateClient(cluster.NodeB, cookies);
        using var anonymousB = ClusterCentre.CreateClient(cluster.NodeB);

        await TestUsers.SignInAsync(clientA, centre.PathBase, ClusterCentre.Learner, ClusterCentre.Password);
        var signedIn = await clientB.GetAsync($"{centre.PathBase}/mes-demandes");
        var anonymous = await anonymousB.GetAsync($"{centre.PathBase}/mes-demandes");

        Assert.True(signedIn.StatusCode == HttpStatusCode.OK,
            $"Node B answered {(int)signedIn.StatusCode} (location '{signedIn.Headers.Location}') for the learner's applications with node A's cookie.");
        Assert.Contains("/account/login", anonymous.Headers.Location?.ToString() ?? "");
    }

    [Fact]
    public async Task Badge_approved_on_B_verifies_on_A()
    {
        var centre = await cluster.SharedCentreAsync();
        using var learner = ClusterCentre.CreateClient(cluster.NodeA);
        using var trainer = ClusterCentre.CreateClient(cluster.NodeB);
        using var visitor = ClusterCentre.CreateClient(cluster.NodeA);
        await TestUsers.SignInAsync(learner, centre.PathBase, ClusterCentre.Learner, ClusterCentre.Password);
        await TestUsers.SignInAsync(trainer, centre.PathBase, ClusterCentre.Trainer, ClusterCentre.Password);
        var applicationId = await centre.ApplyAsync(learner);

        var approved = await TestUsers.PostFormAsync(trainer, $"{centre.PathBase}/admin/demandes/{applicationId}",
            new Dictionary<string, string> { ["decision"] = ReviewActions.Approve, ["comment"] = "Budget clair." },
            $"{centre.PathBase}/admin/demandes/{applicationId}/decision");
        Assert.True(approved.StatusCode == HttpStatusCode.Redirect,
            $"Approving {applicationId} on node B answered {(int)approved.StatusCode}: {await approved.Content.ReadAsStringAsync()}");
        var assertionId = await cluster.SingleAssertionIdAsync(centre.Name);

        var verified = await TestUsers.PostFormAsync(visitor, $"{centre.PathBase}/verifier", new Dictionary<string, string>
        {
            ["Url"] = $"{TwoNodeCluster.PublicBaseUrl}/{centre.Name}/ob2/assertions/{assertionId}",
            ["Email"] = centre.EmailOf(ClusterCentre.Learner),
        });
        var page = WebUtility.HtmlDecode(await verified.Content.ReadAsStringAsync());

        Assert.Equal(HttpStatusCode.OK, verified.StatusCode);
        Assert.Contains("Ce badge est valide.", page);
        Assert.Contains("Le badge a été délivré à cette adresse e-mail.", page);
    }

    [Fact]
    public async Task Antiforgery_token_from_A_accepted_on_B()
    {
        var cookies = new CookieContainer();
        using var handler = new HttpClientHandler { CookieContainer = cookies, AllowAutoRedirect = false };
        using var clientA = new HttpClient(handler, disposeHandler: false) { BaseAddress = cluster.NodeA.BaseAddress };
        using var clientB = new HttpClient(handler, disposeHandler: false) { BaseAddress = cluster.NodeB.BaseAddress };

        // The login form comes from node A; its post goes to node B, as a balancer without sticky sessions may do.
        var form = await clientA.GetAsync("/account/login");
        var token = TestUsers.ReadAntiforgeryToken(await form.Content.ReadAsStringAsync());
        var response = await clientB.PostAsync("/account/login", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["UserNameOrEmail"] = TwoNodeCluster.NationalAdminEmail,
            ["Password"] = cluster.NationalAdminPassword,
            ["__RequestVerificationToken"] = token,
        }));

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
    }

    [Fact]
    public async Task Redis_outage_keeps_verification_and_recovers()
    {
        var issuer = PlatformFactory.UniqueTenantName("out");
        await cluster.CreateCentreOnNodeAAsync(issuer);
        var csv = Path.Combine(cluster.SharedStoragePath, $"{issuer}.csv");
        await File.WriteAllTextAsync(csv, "email;nom;badge;date\nmarc.petit@exemple.fr;Marc Petit;communication-explorateur;06/03/2026\n");
        var (exitCode, output) = await cluster.RunOnNodeBAsync("badges", "issue-csv", "--tenant", issuer, "--file", csv);
        Assert.True(exitCode == 0, $"Issuing on node B failed with exit code {exitCode}:\n{output}");
        var assertionId = await cluster.SingleAssertionIdAsync(issuer);

        var (folder, fileName) = await TestRedis.StopAsync();
        try
        {
            foreach (var node in new[] { cluster.NodeA, cluster.NodeB })
            {
                await AssertVerifiesAsync(node, issuer, assertionId);
                Assert.Equal("Degraded", await HealthStatusAsync(node));
            }
        }
        finally
        {
            await TestRedis.StartAsync(folder, fileName);
        }

        await WaitForHealthyAsync(cluster.NodeA);
        await WaitForHealthyAsync(cluster.NodeB);
        var name = PlatformFactory.UniqueTenantName("back");
        await cluster.CreateCentreOnNodeAAsync(name);
        var deadline = DateTime.UtcNow + PropagationDeadline;

        var status = await TwoNodeCluster.PollUntilOkAsync(cluster.NodeB, $"/{name}/", deadline);

        Assert.True(status == HttpStatusCode.OK,
            $"After Redis restarted, node B still answered {(int)status} for /{name}/. Node B output:\n{cluster.NodeB.Output}");
    }

    /// <summary>Checks that the node serves the hosted assertion and its signature, signed with the tenant's key on the other node.</summary>
    private static async Task AssertVerifiesAsync(HostNode node, string tenant, string assertionId)
    {
        using var client = new HttpClient { BaseAddress = node.BaseAddress };

        var hosted = await client.GetAsync($"/{tenant}/ob2/assertions/{assertionId}");
        Assert.True(hosted.StatusCode == HttpStatusCode.OK, $"Node {node.Name} answered {(int)hosted.StatusCode} for the hosted assertion {assertionId}.");
        Assert.Contains(assertionId, await hosted.Content.ReadAsStringAsync());

        var signed = await client.GetAsync($"/{tenant}/ob2/assertions/{assertionId}/signed");
        Assert.True(signed.StatusCode == HttpStatusCode.OK, $"Node {node.Name} answered {(int)signed.StatusCode} for the signed assertion {assertionId}.");
        Assert.Equal(3, (await signed.Content.ReadAsStringAsync()).Trim().Split('.').Length);
    }

    private static async Task<string> HealthStatusAsync(HostNode node)
    {
        using var client = new HttpClient { BaseAddress = node.BaseAddress };
        using var response = await client.GetAsync("/health");
        using var report = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        return report.RootElement.GetProperty("status").GetString()!;
    }

    /// <summary>Waits, at most 15 seconds, until the node reports Redis healthy again after a restart.</summary>
    private static async Task WaitForHealthyAsync(HostNode node)
    {
        var deadline = DateTime.UtcNow.AddSeconds(15);
        var status = "";
        while (DateTime.UtcNow < deadline)
        {
            status = await HealthStatusAsync(node);
            if (status == "Healthy")
            {
                return;
            }

            await Task.Delay(200);
        }

        Assert.Fail($"Node {node.Name} still reports {status} 15 s after Redis restarted. Output:\n{node.Output}");
    }
}

/// <summary>
/// Shares one <see cref="TwoNodeCluster"/> between the scale-out tests, run after the other
/// collections rather than beside them: three host processes compete for the cores.
/// </summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class TwoNodeClusterCollection : ICollectionFixture<TwoNodeCluster>
{
    public const string Name = "Two-node cluster";
}
