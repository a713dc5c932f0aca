using System.Net;
using System.Text.RegularExpressions;
using ApprenantAgile.Platform.Security.Permissions;
using ApprenantAgile.Tests.Applications;
using ApprenantAgile.Tests.Infrastructure;
using MimeKit;

namespace ApprenantAgile.Tests.ScaleOut;

/// <summary>
/// A centre of the cluster populated through the product's own pages. The tenants API of node A
/// creates it. Its administrator chooses a password from the set-password e-mail, signs in and
/// creates a learner and a trainer in the users admin, who choose their passwords the same way.
/// Every step is an HTTP request to one of the two node processes.
/// </summary>
public sealed partial class ClusterCentre
{
    public const string Password = "Mot de passe du cluster 42";
    public const string Learner = "apprenante";
    public const string Trainer = "formateur";

    private static readonly TimeSpan MailTimeout = TimeSpan.FromSeconds(20);

    private readonly TwoNodeCluster _cluster;

    private ClusterCentre(TwoNodeCluster cluster, string name)
    {
        _cluster = cluster;
        Name = name;
    }

    public string Name { get; }

    public string PathBase => "/" + Name;

    public string AdminEmail => $"direction@{Name}.test";

    public string EmailOf(string userName) => $"{userName}@{Name}.test";

    /// <summary>Creates the centre on node A and its learner and trainer; the trainer's account is made on node B.</summary>
    public static async Task<ClusterCentre> CreateAsync(TwoNodeCluster cluster, string prefix)
    {
        var centre = new ClusterCentre(cluster, PlatformFactory.UniqueTenantName(prefix));
        await cluster.CreateCentreOnNodeAAsync(centre.Name);
        await centre.ChoosePasswordAsync(cluster.NodeA, centre.AdminEmail);

        using (var admin = CreateClient(cluster.NodeA))
        {
            await TestUsers.SignInAsync(admin, centre.PathBase, centre.AdminEmail, Password);
            await centre.CreateUserAsync(admin, Learner, StandardRoles.Apprenant);
            await centre.CreateUserAsync(admin, Trainer, StandardRoles.Formateur);
        }

        await centre.ChoosePasswordAsync(cluster.NodeA, centre.EmailOf(Learner));
        await centre.ChoosePasswordAsync(cluster.NodeB, centre.EmailOf(Trainer));
        return centre;
    }

    /// <summary>A client for <paramref name="node"/> that keeps cookies in <paramref name="cookies"/> (shared between nodes when given) and does not follow redirects.</summary>
    public static HttpClient CreateClient(HostNode node, CookieContainer? cookies = null) =>
        new(new HttpClientHandler { CookieContainer = cookies ?? new CookieContainer(), AllowAutoRedirect = false })
        {
            BaseAddress = node.BaseAddress,
            Timeout = TimeSpan.FromMinutes(1),
        };

    /// <summary>Creates a draft for a one-approval (Bâtisseur) badge through the learner's pages, attaches a PNG and sends it; returns the application id.</summary>
    public async Task<string> ApplyAsync(HttpClient learner)
    {
        var form = WebUtility.HtmlDecode(await learner.GetStringAsync($"{PathBase}/mes-demandes/nouvelle"));
        var badge = BadgeChoice().Matches(form).FirstOrDefault(m => m.Groups["name"].Value.Contains("Bâtisseur", StringComparison.Ordinal));
        Assert.True(badge is not null, $"The new-application form of {Name} offers no Bâtisseur badge:\n{form}");

        var draft = await TestUsers.PostFormAsync(learner, $"{PathBase}/mes-demandes/nouvelle", new Dictionary<string, string>
        {
            ["BadgeClassId"] = badge.Groups["id"].Value,
            ["Narrative"] = "J'ai préparé le budget de l'atelier avec un tableur.",
        });
        var id = ApplicationIdInLocation().Match(draft.Headers.Location?.ToString() ?? "");
        Assert.True(id.Success, $"Creating a draft answered {(int)draft.StatusCode} with location '{draft.Headers.Location}', not an application page.");
        var applicationId = id.Groups[1].Value;

        var page = await learner.GetStringAsync($"{PathBase}/mes-demandes/{applicationId}");
        using var upload = new MultipartFormDataContent
        {
            { new StringContent(TestUsers.ReadAntiforgeryToken(page)), "__RequestVerificationToken" },
            { new ByteArrayContent(EvidenceSamples.Png()), "file", "budget.png" },
        };
        Assert.Equal(HttpStatusCode.Redirect, (await learner.PostAsync($"{PathBase}/mes-demandes/{applicationId}/preuves/fichier", upload)).StatusCode);

        var sent = await TestUsers.PostFormAsync(learner, $"{PathBase}/mes-demandes/{applicationId}",
            new Dictionary<string, string> { ["comment"] = "" }, $"{PathBase}/mes-demandes/{applicationId}/envoyer");
        Assert.Equal(HttpStatusCode.Redirect, sent.StatusCode);
        return applicationId;
    }

    /// <summary>Waits for <paramref name="count"/> e-mails to <paramref name="address"/> whose subject contains <paramref name="subjectPart"/>.</summary>
    public Task<IReadOnlyList<MimeMessage>> WaitForMessagesAsync(string address, string subjectPart, int count = 1, TimeSpan? timeout = null) =>
        _cluster.Smtp.WaitForMessagesAsync(m => IsTo(m, address) && (m.Subject ?? "").Contains(subjectPart, StringComparison.Ordinal), count, timeout ?? MailTimeout);

    private static bool IsTo(MimeMessage message, string address) =>
        message.To.Mailboxes.Any(a => string.Equals(a.Address, address, StringComparison.OrdinalIgnoreCase));

    private async Task CreateUserAsync(HttpClient admin, string userName, string role)
    {
        var form = await admin.GetStringAsync($"{PathBase}/admin/users/create");
        var content = new FormUrlEncodedContent(
        [
            new("__RequestVerificationToken", TestUsers.ReadAntiforgeryToken(form)),
            new("UserName", userName),
            new("Email", EmailOf(userName)),
            new("IsEnabled", "true"),
            new("SelectedRoles", role),
        ]);

        var response = await admin.PostAsync($"{PathBase}/admin/users/create", content);

        Assert.True(response.StatusCode == HttpStatusCode.Redirect,
            $"Creating {userName} in the users admin of {Name} answered {(int)response.StatusCode}: {await response.Content.ReadAsStringAsync()}");
    }

    /// <summary>Follows the link of the set-password e-mail to <paramref name="address"/> on <paramref name="node"/> and chooses <see cref="Password"/>.</summary>
    private async Task ChoosePasswordAsync(HostNode node, string address)
    {
        var messages = await _cluster.Smtp.WaitForMessagesAsync(m => IsTo(m, address) && ResetLink().IsMatch(m.TextBody ?? ""), 1, MailTimeout);
        var link = new Uri(ResetLink().Match(messages[^1].TextBody!).Value);
        var query = Microsoft.AspNetCore.WebUtilities.QueryHelpers.ParseQuery(link.Query);

        using var client = CreateClient(node);
        var response = await TestUsers.PostFormAsync(client, link.PathAndQuery, new Dictionary<string, string>
        {
            ["UserId"] = query["userId"].ToString(),
            ["Token"] = query["token"].ToString(),
            ["Password"] = Password,
            ["ConfirmPassword"] = Password,
        }, $"{PathBase}/account/reset-password");

        Assert.True(response.StatusCode == HttpStatusCode.Redirect,
            $"Choosing the password of {address} on node {node.Name} answered {(int)response.StatusCode}: {await response.Content.ReadAsStringAsync()}");
    }

    [GeneratedRegex(@"https?://\S+/account/reset-password\?\S+")]
    private static partial Regex ResetLink();

    [GeneratedRegex("name=\"BadgeClassId\" value=\"(?<id>[^\"]+)\"[^>]*>\\s*<span><strong>(?<name>[^<]*)</strong>")]
    private static partial Regex BadgeChoice();

    [GeneratedRegex("/mes-demandes/([0-9a-f]{32})$")]
    private static partial Regex ApplicationIdInLocation();
}
