using ApprenantAgile.Badges.Abstractions;
using ApprenantAgile.Platform.Security.Permissions;
using ApprenantAgile.Platform.Tenants;
using ApprenantAgile.Platform.Users.Models;
using ApprenantAgile.Platform.Users.Setup;
using ApprenantAgile.Portfolio.Pages;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;

namespace ApprenantAgile.Benchmarks;

/// <summary>
/// Measures the public portfolio page of a learner with 12 badges on SQLite: requests per second of the
/// hosted page and of a bare Kestrel endpoint that returns the same HTML bytes, in alternating rounds,
/// and their ratio. The national tenant and the centre are set up with the shipped recipes and the
/// badges come from the real issuer.
/// </summary>
internal static class PortfolioBenchmark
{
    private const string CentreName = "centre";

    private const string LearnerEmail = "apprenante@exemple.fr";

    private const string Html = "text/html";

    public static async Task RunAsync(int badges, int concurrency, TimeSpan duration, int rounds)
    {
        var appData = Path.Combine(Path.GetTempPath(), "aa-bench", Guid.NewGuid().ToString("N"));
        try
        {
            await using var platform = await BenchmarkHost.StartListeningAsync(appData);
            var host = platform.Services.GetRequiredService<TenantHost>();
            await NetworkSetup.SetUpAsync(host, CentreName, "APP de mesure");
            var learnerId = await CreateLearnerAsync(host);
            var assertionIds = await IssueBadgesAsync(host, badges);
            var pageId = await CreatePublicPageAsync(host, learnerId, assertionIds);

            var platformUrl = LoopbackLoad.ListeningUrl(platform);
            var pageUrl = $"{platformUrl}/{CentreName}/portfolio/{pageId}";
            var body = await LoopbackLoad.FetchBodyAsync(pageUrl, Html);
            await using var bare = await LoopbackLoad.StartBareKestrelAsync("/page", body, "text/html; charset=utf-8", "no-cache");
            var comparison = await LoopbackLoad.CompareAsync(pageUrl, LoopbackLoad.ListeningUrl(bare) + "/page", Html, concurrency, duration, rounds);

            Console.WriteLine($"Machine: {Environment.ProcessorCount} logical cores, .NET {Environment.Version}, {Environment.OSVersion}");
            Console.WriteLine($"Portfolio: one public page with {assertionIds.Count} badges, one centre on SQLite. Load: {concurrency} concurrent requests for {duration.TotalSeconds:F0} s per endpoint and round, {rounds} rounds alternating hosted and bare, body {body.Length} bytes.");
            Console.WriteLine($"Per-round requests per second, hosted / bare: {LoopbackLoad.FormatRounds(comparison)}");
            Console.WriteLine();
            Console.WriteLine("| measure | result |");
            Console.WriteLine("|---|---:|");
            Console.WriteLine($"| hosted portfolio page, requests per second (median of rounds) | {comparison.Hosted.PerSecond:F0} |");
            Console.WriteLine($"| hosted portfolio page, p50 / p99 latency, ms | {comparison.Hosted.P50:F2} / {comparison.Hosted.P99:F2} |");
            Console.WriteLine($"| bare Kestrel HTML endpoint (same bytes), requests per second (median of rounds) | {comparison.Bare.PerSecond:F0} |");
            Console.WriteLine($"| bare Kestrel HTML endpoint, p50 / p99 latency, ms | {comparison.Bare.P50:F2} / {comparison.Bare.P99:F2} |");
            Console.WriteLine($"| **ratio hosted / bare** (median of per-round ratios) | **{comparison.Ratio:F3}** |");
            Console.WriteLine($"| failed requests (hosted / bare) | {comparison.Rounds.Sum(r => r.Hosted.Failures)} / {comparison.Rounds.Sum(r => r.Bare.Failures)} |");
        }
        finally
        {
            BenchmarkHost.DeleteAppData(appData);
        }
    }

    private static async Task<string> CreateLearnerAsync(TenantHost host)
    {
        await using var scope = await host.CreateScopeAsync(CentreName);
        var services = scope.ServiceProvider;
        var roleErrors = await services.GetRequiredService<DefaultRolesInstaller>().EnsureStandardRolesAsync();
        var users = services.GetRequiredService<UserManager<User>>();
        var learner = new User { UserName = "apprenante", Email = LearnerEmail, EmailConfirmed = true };
        var result = await users.CreateAsync(learner, "Mesure-2026-Apprenante!");
        if (result.Succeeded)
        {
            result = await users.AddToRoleAsync(learner, StandardRoles.Apprenant);
        }

        if (roleErrors.Count > 0 || !result.Succeeded)
        {
            throw new InvalidOperationException("Creating the learner failed: " + string.Join("; ", roleErrors.Concat(result.Errors).Select(e => e.Description)));
        }

        return learner.Id;
    }

    /// <summary>Issues one badge of each of the first <paramref name="count"/> catalogue classes to the learner.</summary>
    private static async Task<IReadOnlyList<string>> IssueBadgesAsync(TenantHost host, int count)
    {
        await using var scope = await host.CreateScopeAsync(CentreName);
        var services = scope.ServiceProvider;
        var classes = await services.GetRequiredService<IBadgeClassProvider>().ListAsync();
        if (classes.Count < count)
        {
            throw new InvalidOperationException($"The centre has {classes.Count} badge classes, fewer than the {count} badges requested. Request at most {classes.Count}.");
        }

        var issuer = services.GetRequiredService<IBadgeIssuer>();
        var assertionIds = new List<string>();
        foreach (var badgeClass in classes.Take(count))
        {
            var issued = await issuer.IssueAsync(new IssueRequest
            {
                BadgeClassId = badgeClass.Id,
                RecipientEmail = LearnerEmail,
                RecipientName = "Apprenante de mesure",
                SourceKey = "bench:" + Guid.NewGuid().ToString("N"),
                Narrative = "A présenté son projet à l'équipe.",
            });
            assertionIds.Add(issued.AssertionId);
        }

        return assertionIds;
    }

    private static async Task<string> CreatePublicPageAsync(TenantHost host, string learnerId, IReadOnlyList<string> assertionIds)
    {
        await using var scope = await host.CreateScopeAsync(CentreName);
        var page = new PortfolioPage
        {
            OwnerUserId = learnerId,
            Title = "Mes compétences",
            Introduction = "Voici les **badges** que j'ai obtenus au centre.",
            Visibility = PageVisibility.Public,
            Items = assertionIds.Select(id => new PageItem(id, [])).ToList(),
            CreatedUtc = DateTime.UtcNow,
            ModifiedUtc = DateTime.UtcNow,
        };
        await scope.ServiceProvider.GetRequiredService<PortfolioPageStore>().AddAsync(page, CancellationToken.None);
        return page.Id;
    }
}
