using ApprenantAgile.Badges.Abstractions;
using ApprenantAgile.Badges.Applications;
using ApprenantAgile.Badges.Applications.Evidence;
using ApprenantAgile.Browser.Tests.Infrastructure;
using ApprenantAgile.Platform.Security.Permissions;
using Microsoft.Extensions.DependencyInjection;

namespace ApprenantAgile.Browser.Tests.Portfolio;

/// <summary>
/// A learner of the browser fixture's centre who has three badges issued by the real issuer,
/// each with the approved application behind it and a photo and a link as evidence.
/// </summary>
internal static class PortfolioBrowserData
{
    public static readonly string[] Slugs = ["communication-explorateur", "numerique-batisseur", "citoyennete-architecte"];

    /// <summary>Creates the learner and the badges, and returns the learner's user name and the badge names in <see cref="Slugs"/> order.</summary>
    public static async Task<(string UserName, IReadOnlyList<string> BadgeNames)> CreateLearnerWithBadgesAsync(BrowserHostFactory host)
    {
        var userName = "lea-" + Guid.NewGuid().ToString("N")[..6];
        var userId = await host.CreateUserAsync(BrowserFixture.CentreTenant, userName, StandardRoles.Apprenant, BrowserFixture.Password);

        await using var scope = await host.TenantHost.CreateScopeAsync(BrowserFixture.CentreTenant);
        var services = scope.ServiceProvider;
        var classes = await services.GetRequiredService<IBadgeClassProvider>().ListAsync();
        var names = new List<string>();

        foreach (var slug in Slugs)
        {
            var badgeClass = classes.Single(c => c.Slug == slug);
            var issued = await services.GetRequiredService<IBadgeIssuer>().IssueAsync(new IssueRequest
            {
                BadgeClassId = badgeClass.Id,
                RecipientEmail = $"{userName}@example.org",
                RecipientName = "Léa Martin",
                SourceKey = $"browser:{userName}:{slug}",
                Narrative = "A montré sa compétence en atelier.",
            });

            var application = new BadgeApplication
            {
                ApplicantUserId = userId,
                ApplicantEmail = $"{userName}@example.org",
                ApplicantName = "Léa Martin",
                BadgeClassId = badgeClass.Id,
                BadgeName = badgeClass.Name,
                Narrative = "J'ai animé un atelier.",
                Status = BadgeApplicationStatus.Approved,
                AssertionId = issued.AssertionId,
                AssertionUrl = issued.AssertionUrl.ToString(),
                CreatedUtc = DateTime.UtcNow,
                ModifiedUtc = DateTime.UtcNow,
            };

            using var photo = new MemoryStream(SamplePng());
            var storedName = await services.GetRequiredService<EvidenceFileStore>().SaveAsync(application.Id, photo, 1024 * 1024, CancellationToken.None);
            application.Evidence.Add(new ApplicationEvidence { ApplicationId = application.Id, Kind = EvidenceKind.File, Title = "Photo de l'atelier", ContentType = "image/png", Length = 1024, StoredName = storedName, CreatedUtc = DateTime.UtcNow });
            application.Evidence.Add(new ApplicationEvidence { ApplicationId = application.Id, Kind = EvidenceKind.Link, Title = "Compte rendu en ligne", Url = "https://exemple.org/compte-rendu", CreatedUtc = DateTime.UtcNow.AddSeconds(1) });
            await services.GetRequiredService<BadgeApplicationStore>().AddAsync(application);
            names.Add(badgeClass.Name);
        }

        return (userName, names);
    }

    /// <summary>A PNG signature and IHDR chunk header padded to 1 KiB: enough for the evidence sniffer.</summary>
    private static byte[] SamplePng()
    {
        var bytes = new byte[1024];
        new byte[] { 0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A }.CopyTo(bytes, 0);
        "\0\0\0\rIHDR"u8.CopyTo(bytes.AsSpan(8));
        return bytes;
    }
}
