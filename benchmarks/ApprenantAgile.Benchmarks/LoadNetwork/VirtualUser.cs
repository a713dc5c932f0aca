using System.Text.RegularExpressions;
using System.Net;

namespace ApprenantAgile.Benchmarks.LoadNetwork;

/// <summary>
/// One virtual user of a centre, signed in on one node for the whole run. A learner browses the
/// catalogue, opens a public portfolio page, verifies a badge (hosted assertion, OB3 credential and its
/// verification) and sends an application with a PNG evidence. A trainer opens the review inbox and
/// approves the next application that the centre's learners sent, which issues the badge.
/// </summary>
internal sealed partial class VirtualUser(LoadCentre centre, string userName, bool isTrainer, string password, Uri node, StepRecorder recorder, int seed)
{
    private static readonly byte[] EvidencePng = Convert.FromBase64String(
        "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR4nGNgYPj/HwADAgH/eL9GtQAAAABJRU5ErkJggg==");

    private readonly Random _random = new(seed);

    public bool IsTrainer => isTrainer;

    /// <summary>Signs in, then runs iterations until <paramref name="deadline"/>; a failed sign-in is retried after a pause.</summary>
    public async Task RunAsync(DateTime deadline)
    {
        using var browser = new BrowserSession(node, recorder);
        var signedIn = false;
        while (DateTime.UtcNow < deadline)
        {
            if (!signedIn)
            {
                signedIn = await SignInAsync(browser);
                await ThinkAsync();
                continue;
            }

            if (isTrainer)
            {
                await ReviewAsync(browser);
            }
            else
            {
                await VisitAsync(browser, deadline);
                if (DateTime.UtcNow < deadline)
                {
                    await ApplyAsync(browser);
                }
            }
        }
    }

    private async Task<bool> SignInAsync(BrowserSession browser)
    {
        var form = await browser.GetAsync("sign in: form", $"{centre.PathBase}/account/login");
        await ThinkAsync();
        return form is not null && await browser.PostFormAsync("sign in: post", $"{centre.PathBase}/account/login", form,
            [new("UserNameOrEmail", userName), new("Password", password)]) is not null;
    }

    /// <summary>What a visitor does: the catalogue and a badge page, a portfolio page, and the checks of one badge.</summary>
    private async Task VisitAsync(BrowserSession browser, DateTime deadline)
    {
        var catalogue = await browser.GetAsync("catalogue page", $"{centre.PathBase}/badges");
        await ThinkAsync();
        var slugs = catalogue is null ? [] : BadgeLink().Matches(catalogue).Select(m => m.Groups[1].Value).Where(s => s != "images").Distinct().ToList();
        if (catalogue is not null && slugs.Count == 0)
        {
            browser.RecordContentError("catalogue page", "no badge link on the catalogue page", catalogue);
        }
        else if (slugs.Count > 0)
        {
            await browser.GetAsync("badge page", $"{centre.PathBase}/badges/{slugs[_random.Next(slugs.Count)]}");
            await ThinkAsync();
        }

        if (DateTime.UtcNow >= deadline)
        {
            return;
        }

        await browser.GetAsync("portfolio page", centre.PortfolioPath);
        await ThinkAsync();

        await browser.GetAsync("hosted assertion (OB2)", $"{centre.PathBase}/ob2/assertions/{centre.AssertionId}", "application/ld+json, application/json");
        await ThinkAsync();

        var credential = await browser.GetAsync("OB3 credential", $"{centre.PathBase}/ob3/credentials/{centre.AssertionId}", "application/ld+json");
        if (credential is null)
        {
            return;
        }

        var verification = await browser.PostJsonAsync("OB3 verify", $"{centre.PathBase}/ob3/verify", credential);
        if (verification is not null && !verification.Contains("\"verified\":true", StringComparison.Ordinal))
        {
            browser.RecordContentError("OB3 verify", "the credential did not verify", verification);
        }

        await ThinkAsync();
    }

    /// <summary>Creates a draft for a one-approval (Bâtisseur) badge, attaches a PNG and sends it, as the learner's pages do.</summary>
    private async Task ApplyAsync(BrowserSession browser)
    {
        var form = await browser.GetAsync("application: new form", $"{centre.PathBase}/mes-demandes/nouvelle");
        if (form is null)
        {
            return;
        }

        var choices = BadgeChoice().Matches(WebUtility.HtmlDecode(form))
            .Where(m => m.Groups["name"].Value.Contains("Bâtisseur", StringComparison.Ordinal))
            .Select(m => m.Groups["id"].Value)
            .ToList();
        if (choices.Count == 0)
        {
            browser.RecordContentError("application: new form", "no Bâtisseur badge offered", form);
            return;
        }

        await ThinkAsync();
        var draft = await browser.PostFormAsync("application: create draft", $"{centre.PathBase}/mes-demandes/nouvelle", form,
            [new("BadgeClassId", choices[_random.Next(choices.Count)]), new("Narrative", "J'ai préparé le budget de l'atelier avec un tableur.")]);
        var id = ApplicationIdInLocation().Match(draft?.Location ?? "");
        if (draft is null)
        {
            return;
        }

        if (!id.Success)
        {
            browser.RecordContentError("application: create draft", "the redirect is not an application page", draft.Location);
            return;
        }

        var applicationPath = $"{centre.PathBase}/mes-demandes/{id.Groups[1].Value}";
        var page = await browser.GetAsync("application: page", applicationPath);
        await ThinkAsync();
        if (page is null
            || await browser.PostFileAsync("application: upload PNG", applicationPath + "/preuves/fichier", page, EvidencePng, "budget.png", "image/png") is null)
        {
            return;
        }

        page = await browser.GetAsync("application: page", applicationPath);
        await ThinkAsync();
        if (page is null
            || await browser.PostFormAsync("application: send", applicationPath + "/envoyer", page, [new("comment", "")]) is null)
        {
            return;
        }

        centre.Submitted.Enqueue(id.Groups[1].Value);
        await ThinkAsync();
    }

    /// <summary>Opens the inbox, then approves the next sent application; waits a second when there is none.</summary>
    private async Task ReviewAsync(BrowserSession browser)
    {
        var inbox = await browser.GetAsync("review: inbox", $"{centre.PathBase}/admin/demandes");
        await ThinkAsync();
        if (inbox is null)
        {
            return;
        }

        if (!centre.Submitted.TryDequeue(out var applicationId))
        {
            await Task.Delay(1000);
            return;
        }

        var reviewPath = $"{centre.PathBase}/admin/demandes/{applicationId}";
        var page = await browser.GetAsync("review: application", reviewPath);
        await ThinkAsync();
        if (page is null)
        {
            return;
        }

        if (!page.Contains($"value=\"{ReviewActionsApprove}\"", StringComparison.Ordinal))
        {
            browser.RecordContentError("review: application", "no approve button on the review page", page);
            return;
        }

        var decided = await browser.PostFormAsync("review: approve (issues the badge)", reviewPath + "/decision", page, [new("decision", ReviewActionsApprove), new("comment", "")]);
        if (decided is not null)
        {
            Interlocked.Increment(ref centre.Approved);
        }

        await ThinkAsync();
    }

    private static string ReviewActionsApprove => ApprenantAgile.Badges.Review.ReviewActions.Approve;

    /// <summary>A pause of 100 to 400 ms between two steps, as a reader of the page would take.</summary>
    private Task ThinkAsync() => Task.Delay(100 + _random.Next(300));

    [GeneratedRegex("href=\"/[a-z0-9-]+/badges/([a-z0-9-]+)\"")]
    private static partial Regex BadgeLink();

    [GeneratedRegex("name=\"BadgeClassId\" value=\"(?<id>[^\"]+)\"[^>]*>\\s*<span><strong>(?<name>[^<]*)</strong>")]
    private static partial Regex BadgeChoice();

    [GeneratedRegex("/mes-demandes/([0-9a-f]{32})$")]
    private static partial Regex ApplicationIdInLocation();
}
