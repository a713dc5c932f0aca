using System.Net;
using ApprenantAgile.Badges.Applications;
using ApprenantAgile.Badges.Review;
using ApprenantAgile.Tests.Infrastructure;
using Npgsql;
using Xunit.Abstractions;

namespace ApprenantAgile.Tests.ScaleOut;

/// <summary>
/// The cluster's PostgreSQL server stops while trainers approve applications on node B and starts
/// again. The requests it cuts fail with a server error, the later ones succeed, and every
/// application is either approved with exactly one badge or still in review with none.
/// </summary>
[Collection(TwoNodeClusterCollection.Name)]
public sealed class PostgresRestartTests(TwoNodeCluster cluster, ITestOutputHelper output)
{
    private const int Applications = 4;

    private static readonly TimeSpan RecoveryTimeout = TimeSpan.FromSeconds(30);

    [Fact]
    public async Task Restart_leaves_no_half_written_approval()
    {
        var centre = await ClusterCentre.CreateAsync(cluster, "pgr");
        using var learner = ClusterCentre.CreateClient(cluster.NodeA);
        using var trainer = ClusterCentre.CreateClient(cluster.NodeB);
        await TestUsers.SignInAsync(learner, centre.PathBase, ClusterCentre.Learner, ClusterCentre.Password);
        await TestUsers.SignInAsync(trainer, centre.PathBase, ClusterCentre.Trainer, ClusterCentre.Password);
        var ids = new List<string>();
        for (var i = 0; i < Applications; i++)
        {
            ids.Add(await centre.ApplyAsync(learner));
        }

        // The antiforgery token is read before the outage: the review page itself needs the database.
        var token = TestUsers.ReadAntiforgeryToken(await trainer.GetStringAsync($"{centre.PathBase}/admin/demandes/{ids[0]}"));

        // Two approvals race the shutdown; one more is sent while the server is down.
        var inFlight = ids.Take(2).Select(id => ApproveAsync(trainer, centre, id, token)).ToList();
        await cluster.Postgres.StopAsync();
        var duringOutage = await ApproveAsync(trainer, centre, ids[2], token);
        var outageStatuses = (await Task.WhenAll(inFlight)).Append(duringOutage).ToList();
        await cluster.Postgres.RestartAsync();
        NpgsqlConnection.ClearAllPools();

        output.WriteLine($"Answers around the outage: {string.Join(", ", outageStatuses.Select(s => (int)s))}");
        Assert.True((int)duringOutage >= 500,
            $"An approval sent while PostgreSQL was down answered {(int)duringOutage} instead of a server error.");
        Assert.All(outageStatuses, status => Assert.True(status == HttpStatusCode.Redirect || (int)status >= 500,
            $"An approval around the outage answered {(int)status}: neither applied (302) nor a server error."));

        await WaitUntilServingAsync(cluster.NodeA, learner, $"{centre.PathBase}/mes-demandes");
        await WaitUntilServingAsync(cluster.NodeB, trainer, $"{centre.PathBase}/admin/demandes");
        foreach (var id in ids)
        {
            await AssertWholeAsync(centre, id);
        }

        foreach (var id in ids)
        {
            if (await StatusAsync(centre, id) != BadgeApplicationStatus.Approved)
            {
                var again = await TestUsers.PostFormAsync(trainer, $"{centre.PathBase}/admin/demandes/{id}",
                    new Dictionary<string, string> { ["decision"] = ReviewActions.Approve, ["comment"] = "" },
                    $"{centre.PathBase}/admin/demandes/{id}/decision");
                Assert.True(again.StatusCode == HttpStatusCode.Redirect,
                    $"Approving {id} after PostgreSQL restarted answered {(int)again.StatusCode}: {await again.Content.ReadAsStringAsync()}");
            }

            Assert.Equal(BadgeApplicationStatus.Approved, await StatusAsync(centre, id));
            Assert.Equal(1, await AssertionCountAsync(centre, id));
        }

        // The tenants store's pool of node A may still hold one dead connection: a first try may fail
        // cleanly, which empties the pools, and the retry (idempotent by name) completes the tenant.
        var name = PlatformFactory.UniqueTenantName("apres");
        var first = await cluster.PostCentreOnNodeAAsync(name);
        var created = first.Status == HttpStatusCode.Created ? first : await cluster.PostCentreOnNodeAAsync(name);
        output.WriteLine($"Tenants API on node A after the restart: {(int)first.Status}, then {(int)created.Status}");
        Assert.True(first.Status is HttpStatusCode.Created or HttpStatusCode.InternalServerError,
            $"The first tenants API request after the restart answered {(int)first.Status}: {first.Body}");
        Assert.True(created.Status is HttpStatusCode.Created or HttpStatusCode.OK,
            $"The retried tenants API request after the restart answered {(int)created.Status}: {created.Body}");
        Assert.Equal(HttpStatusCode.OK, await TwoNodeCluster.PollUntilOkAsync(cluster.NodeB, $"/{name}/", DateTime.UtcNow.AddSeconds(2)));
    }

    private static async Task<HttpStatusCode> ApproveAsync(HttpClient trainer, ClusterCentre centre, string id, string token)
    {
        using var response = await trainer.PostAsync($"{centre.PathBase}/admin/demandes/{id}/decision", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["__RequestVerificationToken"] = token,
            ["decision"] = ReviewActions.Approve,
            ["comment"] = "",
        }));
        return response.StatusCode;
    }

    /// <summary>Sends GETs of <paramref name="path"/> until one returns 200, for at most <see cref="RecoveryTimeout"/>.</summary>
    private static async Task WaitUntilServingAsync(HostNode node, HttpClient client, string path)
    {
        var deadline = DateTime.UtcNow + RecoveryTimeout;
        var statuses = new List<int>();
        while (DateTime.UtcNow < deadline)
        {
            using var response = await client.GetAsync(path);
            statuses.Add((int)response.StatusCode);
            if (response.StatusCode == HttpStatusCode.OK)
            {
                return;
            }

            await Task.Delay(250);
        }

        Assert.Fail($"Node {node.Name} did not answer 200 for {path} within {RecoveryTimeout} of PostgreSQL's restart; it answered {string.Join(", ", statuses)}. Output:\n{node.Output}");
    }

    /// <summary>An approved application has exactly one badge; any other has none and is still in review.</summary>
    private async Task AssertWholeAsync(ClusterCentre centre, string id)
    {
        var status = await StatusAsync(centre, id);
        var assertions = await AssertionCountAsync(centre, id);
        if (status == BadgeApplicationStatus.Approved)
        {
            Assert.True(assertions == 1, $"Application {id} is approved but has {assertions} badges.");
        }
        else
        {
            Assert.True(status == BadgeApplicationStatus.InReview, $"Application {id} is {status} after the outage, neither approved nor in review.");
            Assert.True(assertions == 0, $"Application {id} is not approved but has {assertions} badges after the outage: half written.");
        }
    }

    private async Task<BadgeApplicationStatus> StatusAsync(ClusterCentre centre, string id) =>
        (BadgeApplicationStatus)Convert.ToInt32(await ScalarAsync(centre, "SELECT \"Status\" FROM \"{0}\".\"BadgeApplications\" WHERE \"Id\" = @id", id));

    private async Task<int> AssertionCountAsync(ClusterCentre centre, string id) =>
        Convert.ToInt32(await ScalarAsync(centre, "SELECT COUNT(*) FROM \"{0}\".\"AssertionIndex\" WHERE \"SourceKey\" = @id", "application:" + id));

    private async Task<object?> ScalarAsync(ClusterCentre centre, string sql, string id)
    {
        await using var connection = new NpgsqlConnection(cluster.DatabaseConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(string.Format(System.Globalization.CultureInfo.InvariantCulture, sql, "tenant_" + centre.Name.Replace('-', '_')), connection);
        command.Parameters.AddWithValue("id", id);
        return await command.ExecuteScalarAsync();
    }
}
