using System.Diagnostics;
using System.Net;
using System.Text.RegularExpressions;
using ApprenantAgile.Badges.Abstractions;
using ApprenantAgile.Badges.Applications;
using ApprenantAgile.Badges.Review;
using ApprenantAgile.Platform.Hosting;
using ApprenantAgile.Platform.Security.Permissions;
using ApprenantAgile.Platform.Setup;
using ApprenantAgile.Platform.Tenants;
using ApprenantAgile.Platform.Users.Models;
using ApprenantAgile.Platform.Users.Setup;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace ApprenantAgile.Benchmarks;

/// <summary>
/// Measures the review process on one SQLite centre set up by the national and centre recipes:
/// applications created with a PNG evidence file and submitted through <see cref="BadgeApplicationService"/>
/// (each submission runs the default review workflow and e-mails two trainers to the pickup folder),
/// the trainers' inbox page over HTTP on 127.0.0.1 with every application pending, then approvals through
/// <see cref="ReviewService"/>, each issuing a signed OB 2.0 assertion. Reports memory after each phase.
/// </summary>
internal static partial class ReviewBenchmark
{
    private const string Centre = "centre-mesure";
    private const string Password = "Mot de passe de mesure 42";
    private const int InboxRequests = 20;

    public static async Task RunAsync(int applications, int concurrency)
    {
        var appData = Path.Combine(Path.GetTempPath(), "aa-bench", Guid.NewGuid().ToString("N"));
        try
        {
            await using var platform = await StartPlatformAsync(appData);
            var host = platform.Services.GetRequiredService<TenantHost>();
            await SetUpAsync(platform.Services);
            var learners = await CreateUsersAsync(host, "apprenant", StandardRoles.Apprenant, concurrency);
            var trainers = await CreateUsersAsync(host, "formateur", StandardRoles.Formateur, 2);
            var badgeClassId = await FirstBatisseurClassAsync(host);
            var baseline = Memory.Read();

            var (submitted, submitSeconds) = await TimeAsync(() => SubmitAllAsync(host, learners, badgeClassId, applications, concurrency));
            var afterSubmit = Memory.Read();

            var inbox = await MeasureInboxAsync(ListeningUrl(platform), trainers[0].UserName);

            var reviewers = trainers.Select(t => new Reviewer(t.Id, t.UserName, [StandardRoles.Formateur])).ToList();
            var (approved, approveSeconds) = await TimeAsync(() => ApproveAllAsync(host, submitted, reviewers, concurrency));
            var afterApprove = Memory.Read();
            var issued = await CountIssuedAsync(host, submitted);

            Console.WriteLine($"Machine: {Environment.ProcessorCount} logical cores, .NET {Environment.Version}, {Environment.OSVersion}");
            Console.WriteLine($"{applications} applications, {concurrency} concurrent workers, one centre on SQLite, e-mail to the pickup folder.");
            Console.WriteLine();
            Console.WriteLine("| measure | result |");
            Console.WriteLine("|---|---:|");
            Console.WriteLine($"| applications created with a 1 KiB PNG and submitted, per second | {submitted.Count / submitSeconds:F1} |");
            Console.WriteLine($"| approvals with issuing (workflow, RS256 signature, e-mail), per second | {approved / approveSeconds:F1} |");
            Console.WriteLine($"| assertions issued / applications approved | {issued} / {approved} |");
            Console.WriteLine($"| inbox page with {submitted.Count} pending, p50 / p95 ms ({InboxRequests} requests, {inbox.Bytes / 1024} KiB) | {inbox.P50:F0} / {inbox.P95:F0} |");
            Console.WriteLine($"| managed heap, MiB: after set-up / after submissions / after approvals | {baseline.ManagedMiB:F0} / {afterSubmit.ManagedMiB:F0} / {afterApprove.ManagedMiB:F0} |");
            Console.WriteLine($"| working set, MiB: after set-up / after submissions / after approvals | {baseline.WorkingSetMiB:F0} / {afterSubmit.WorkingSetMiB:F0} / {afterApprove.WorkingSetMiB:F0} |");
        }
        finally
        {
            try
            {
                Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
                Directory.Delete(appData, recursive: true);
            }
            catch (IOException)
            {
                // A file handle may still be open; the temporary folder is left to the OS.
            }
        }
    }

    private static async Task<WebApplication> StartPlatformAsync(string appData)
    {
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions { EnvironmentName = "Benchmark" });
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Configuration["Platform:AppDataPath"] = appData;
        builder.Configuration["Platform:DefaultTenantHosts:0"] = "national.bench";
        builder.Configuration["Platform:PublicBaseUrl"] = "http://127.0.0.1";
        builder.Configuration["Email:DeliveryMethod"] = "PickupDirectory";
        builder.Configuration["Email:PickupDirectory"] = Path.Combine(appData, "Mail");
        builder.Configuration["Email:DefaultSender"] = "bench@apprenant-agile.test";
        builder.Logging.ClearProviders();
        builder.AddApprenantAgilePlatform(System.Reflection.Assembly.Load("ApprenantAgile.Web"));

        var app = builder.Build();
        app.UseApprenantAgilePlatform();
        await app.StartAsync();
        return app;
    }

    /// <summary>Sets up the national tenant and the centre the way an operator does, with the shipped recipes.</summary>
    private static async Task SetUpAsync(IServiceProvider services)
    {
        await using var scope = services.CreateAsyncScope();
        var national = await scope.ServiceProvider.GetRequiredService<TenantSetupService>().SetupAsync(
            TenantSettings.DefaultTenantName,
            new SetupRequest { SiteName = "Réseau national", AdminEmail = "admin@national.bench", RecipeName = "national" });
        if (!national.Succeeded)
        {
            throw new InvalidOperationException("Setting up the national tenant failed: " + string.Join("; ", national.Errors));
        }

        var centre = await scope.ServiceProvider.GetRequiredService<TenantManager>().CreateAsync(new TenantCreateRequest
        {
            Name = Centre,
            RequestUrlPrefix = Centre,
            SiteName = "APP de mesure",
            AdminEmail = "direction@app-mesure.bench",
        });
        if (!centre.Succeeded)
        {
            throw new InvalidOperationException("Creating the centre failed: " + string.Join("; ", centre.Errors.Select(e => e.Message)));
        }
    }

    private static async Task<List<User>> CreateUsersAsync(TenantHost host, string stem, string role, int count)
    {
        await using var scope = await host.CreateScopeAsync(Centre);
        await scope.ServiceProvider.GetRequiredService<DefaultRolesInstaller>().EnsureStandardRolesAsync();
        var userManager = scope.ServiceProvider.GetRequiredService<UserManager<User>>();
        var users = new List<User>();
        for (var i = 0; i < count; i++)
        {
            var user = new User { UserName = $"{stem}-{i}", Email = $"{stem}-{i}@app-mesure.bench", EmailConfirmed = true };
            var result = await userManager.CreateAsync(user, Password);
            result = result.Succeeded ? await userManager.AddToRoleAsync(user, role) : result;
            if (!result.Succeeded)
            {
                throw new InvalidOperationException($"Creating user {user.UserName} failed: " + string.Join("; ", result.Errors.Select(e => e.Description)));
            }

            users.Add(user);
        }

        return users;
    }

    private static async Task<string> FirstBatisseurClassAsync(TenantHost host)
    {
        await using var scope = await host.CreateScopeAsync(Centre);
        var classes = await scope.ServiceProvider.GetRequiredService<IBadgeClassProvider>().ListAsync();
        return classes.First(c => c.Level == "batisseur").Id;
    }

    /// <summary>Creates, adds a PNG to and submits <paramref name="count"/> applications, one tenant scope each, as a request would.</summary>
    private static async Task<List<string>> SubmitAllAsync(TenantHost host, List<User> learners, string badgeClassId, int count, int concurrency)
    {
        var ids = new System.Collections.Concurrent.ConcurrentBag<string>();
        var png = Png();
        await Parallel.ForAsync(0, count, new ParallelOptions { MaxDegreeOfParallelism = concurrency }, async (index, cancellationToken) =>
        {
            var learner = learners[index % learners.Count];
            var applicant = new Applicant(learner.Id, learner.Email!, learner.UserName);
            await using var scope = await host.CreateScopeAsync(Centre);
            var service = scope.ServiceProvider.GetRequiredService<BadgeApplicationService>();

            var (application, created) = await service.CreateDraftAsync(applicant, badgeClassId, "J'ai préparé le budget de l'atelier.", cancellationToken);
            Check(created, "creating a draft");
            using var stream = new MemoryStream(png);
            var file = new FormFile(stream, 0, png.Length, "file", "budget.png") { Headers = new HeaderDictionary(), ContentType = "image/png" };
            Check(await service.AddFileAsync(application!, file, cancellationToken), "adding the PNG");
            Check(await service.SubmitAsync(application!, applicant, null, cancellationToken), "submitting");
            ids.Add(application!.Id);
        });
        return [.. ids];
    }

    private static async Task<int> ApproveAllAsync(TenantHost host, List<string> applicationIds, List<Reviewer> reviewers, int concurrency)
    {
        var approved = 0;
        await Parallel.ForAsync(0, applicationIds.Count, new ParallelOptions { MaxDegreeOfParallelism = concurrency }, async (index, cancellationToken) =>
        {
            await using var scope = await host.CreateScopeAsync(Centre);
            var review = scope.ServiceProvider.GetRequiredService<ReviewService>();
            var result = await review.DecideAsync(applicationIds[index], ReviewActions.Approve, null, reviewers[index % reviewers.Count], cancellationToken);
            Check(result, "approving");
            Interlocked.Increment(ref approved);
        });
        return approved;
    }

    private static async Task<int> CountIssuedAsync(TenantHost host, List<string> applicationIds)
    {
        await using var scope = await host.CreateScopeAsync(Centre);
        var store = scope.ServiceProvider.GetRequiredService<BadgeApplicationStore>();
        var issued = 0;
        foreach (var id in applicationIds)
        {
            var application = await store.GetAsync(id);
            issued += application is { Status: BadgeApplicationStatus.Approved, AssertionId: not null } ? 1 : 0;
        }

        return issued;
    }

    /// <summary>Signs a trainer in through the login form, then times GET /admin/demandes (after two warm-up requests).</summary>
    private static async Task<(double P50, double P95, int Bytes)> MeasureInboxAsync(string baseUrl, string trainerUserName)
    {
        using var client = new HttpClient(new SocketsHttpHandler { CookieContainer = new CookieContainer(), AllowAutoRedirect = false, UseProxy = false })
        {
            BaseAddress = new Uri(baseUrl),
        };
        var loginPage = await client.GetStringAsync($"/{Centre}/account/login");
        var login = await client.PostAsync($"/{Centre}/account/login", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["UserNameOrEmail"] = trainerUserName,
            ["Password"] = Password,
            ["__RequestVerificationToken"] = AntiforgeryToken().Match(loginPage).Groups[1].Value,
        }));
        if (login.StatusCode != HttpStatusCode.Redirect)
        {
            throw new InvalidOperationException($"Signing in {trainerUserName} returned {(int)login.StatusCode} instead of a redirect.");
        }

        var latencies = new List<double>();
        var bytes = 0;
        for (var i = 0; i < InboxRequests + 2; i++)
        {
            var started = Stopwatch.GetTimestamp();
            using var response = await client.GetAsync($"/{Centre}/admin/demandes");
            var body = await response.Content.ReadAsByteArrayAsync();
            if (response.StatusCode != HttpStatusCode.OK)
            {
                throw new InvalidOperationException($"The inbox returned {(int)response.StatusCode}.");
            }

            if (i >= 2)
            {
                latencies.Add(Stopwatch.GetElapsedTime(started).TotalMilliseconds);
                bytes = body.Length;
            }
        }

        latencies.Sort();
        return (latencies[latencies.Count / 2], latencies[(int)Math.Ceiling(latencies.Count * 0.95) - 1], bytes);
    }

    private static async Task<(T Result, double Seconds)> TimeAsync<T>(Func<Task<T>> action)
    {
        var started = Stopwatch.GetTimestamp();
        var result = await action();
        return (result, Stopwatch.GetElapsedTime(started).TotalSeconds);
    }

    private static void Check(ApplicationResult result, string step)
    {
        if (!result.Succeeded)
        {
            throw new InvalidOperationException($"The benchmark failed while {step}: {result.ErrorMessage}");
        }
    }

    /// <summary>A 1 KiB file that starts with the PNG signature and an IHDR chunk header, as the evidence check reads it.</summary>
    private static byte[] Png()
    {
        var bytes = new byte[1024];
        new byte[] { 0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A }.CopyTo(bytes, 0);
        "\0\0\0\rIHDR"u8.CopyTo(bytes.AsSpan(8));
        return bytes;
    }

    private static string ListeningUrl(WebApplication app) =>
        app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();

    [GeneratedRegex("name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"")]
    private static partial Regex AntiforgeryToken();

    private sealed record Memory(double ManagedMiB, double WorkingSetMiB)
    {
        public static Memory Read()
        {
            var managed = GC.GetTotalMemory(forceFullCollection: true);
            return new Memory(managed / 1048576.0, Environment.WorkingSet / 1048576.0);
        }
    }
}
