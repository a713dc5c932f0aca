using System.Net;
using System.Text.Json;
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
    public async Task Tenant_created_on_A_serves_on_B()
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
            $"Node B still answered {(int)status} for /{name}/ {PropagationDeadline.TotalSeconds} s after node A created it. Node B output:\n{cluster.NodeB.Output}");
        output.WriteLine($"Node B served the new tenant {(DateTime.UtcNow - created).TotalMilliseconds:0} ms after the command exited.");
    }

    [Fact]
    public async Task Sign_in_on_A_accepted_on_B()
    {
        var cookies = new CookieContainer();
        using var handler = new HttpClientHandler { CookieContainer = cookies, AllowAutoRedirect = false };
        using var clientA = new HttpClient(handler, disposeHandler: false) { BaseAddress = cluster.NodeA.BaseAddress };
        using var clientB = new HttpClient(handler, disposeHandler: false) { BaseAddress = cluster.NodeB.BaseAddress };

        await TestUsers.SignInAsync(clientA, "", TwoNodeCluster.NationalAdminEmail, cluster.NationalAdminPassword);
        var response = await clientB.GetAsync("/admin");

        Assert.True(response.StatusCode == HttpStatusCode.OK,
            $"Node B answered {(int)response.StatusCode} (location '{response.Headers.Location}') for /admin with node A's authentication cookie.");
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
    public async Task Badge_issued_on_B_verifies_on_A()
    {
        var name = PlatformFactory.UniqueTenantName("iss");
        await cluster.CreateCentreOnNodeAAsync(name);
        var csv = Path.Combine(cluster.SharedStoragePath, $"{name}.csv");
        await File.WriteAllTextAsync(csv, "email;nom;badge;date\nlea.martin@exemple.fr;Léa Martin;communication-explorateur;05/03/2026\n");

        var (exitCode, output) = await cluster.RunOnNodeBAsync("badges", "issue-csv", "--tenant", name, "--file", csv);
        Assert.True(exitCode == 0, $"Issuing on node B failed with exit code {exitCode}:\n{output}");
        var assertionId = await cluster.SingleAssertionIdAsync(name);

        await AssertVerifiesAsync(cluster.NodeA, name, assertionId);
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
