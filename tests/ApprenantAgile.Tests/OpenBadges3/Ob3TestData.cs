using ApprenantAgile.Badges.Abstractions;
using ApprenantAgile.Badges.Assertions;
using ApprenantAgile.Badges.Issuing;
using ApprenantAgile.Badges.OpenBadges;
using ApprenantAgile.Badges.OpenBadges.V3;
using ApprenantAgile.Platform.Configuration;
using ApprenantAgile.Platform.Tenants;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Options;

namespace ApprenantAgile.Tests.OpenBadges3;

/// <summary>An assertion, badge class and issuer like the ones the platform stores, for tests that need no database.</summary>
internal static class Ob3TestData
{
    public const string Host = "app-lyon.example";
    public const string Email = "Emilie.Lefevre@Exemple.fr";

    public static Ob3Urls Urls()
    {
        var accessor = new TenantAccessor();
        accessor.Set(new TenantContext(new TenantSettings { Name = "centre-lyon", RequestUrlHosts = [Host] }, []));
        return new Ob3Urls(new Ob2Urls(accessor, Options.Create(new PlatformOptions()), new HttpContextAccessor()));
    }

    public static BadgeClassInfo BadgeClass() => new()
    {
        Id = "4kq7m2x9",
        Slug = "numerique-batisseur",
        Name = "Numérique® — Bâtisseur",
        Description = "Utilise les outils numériques dans sa vie quotidienne et l’apprentissage.",
        CriteriaNarrative = "La personne a réalisé une démarche en ligne et l’a expliquée.",
        Family = "numerique",
        Level = "batisseur",
        Alignments = [new BadgeAlignment("Compétence numérique", new Uri("https://eur-lex.europa.eu/legal-content/FR/TXT/?uri=CELEX:32018H0604(01)"), "Compétence clé 4", "Compétences clés européennes", "KC4")],
        Tags = ["numérique", "APP"],
        ValidityMonths = 24,
        CatalogueVersion = "2026.1",
        IsNational = true,
        ImagePath = "/badges/images/numerique-batisseur",
    };

    public static IssuerProfileInfo Issuer() =>
        new("APP Lyon ®", new Uri($"https://{Host}/"), "contact@app-lyon.example", "Atelier de pédagogie personnalisée de Lyon", null);

    public static AssertionIndex Assertion(BadgeClassInfo badgeClass, IReadOnlyList<EvidenceItem>? evidence = null, string? recipientName = "Émilie Lefèvre")
    {
        var recipient = RecipientIdentity.Create(Email);
        return new AssertionIndex
        {
            AssertionId = "0123456789abcdef0123456789abcdef",
            BadgeClassId = badgeClass.Id,
            RecipientHash = recipient.Identity,
            RecipientSalt = recipient.Salt,
            ProtectedRecipientEmail = "(not used)",
            RecipientLookup = "(not used)",
            RecipientName = recipientName,
            IssuedUtc = new DateTime(2026, 3, 14, 9, 26, 53, 589, DateTimeKind.Utc),
            ExpiresUtc = new DateTime(2028, 3, 14, 9, 26, 53, DateTimeKind.Utc),
            SourceKey = "test",
            Narrative = "A animé un atelier « Internet sans crainte ».",
            EvidenceJson = BadgeClassSnapshot.SerializeEvidence(evidence ?? []),
            BadgeClassSnapshotJson = BadgeClassSnapshot.Serialize(badgeClass),
            CatalogueVersion = badgeClass.CatalogueVersion,
        };
    }
}
