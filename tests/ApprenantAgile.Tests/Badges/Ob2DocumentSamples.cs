using ApprenantAgile.Badges.OpenBadges;
using ApprenantAgile.Badges.OpenBadges.V2;

namespace ApprenantAgile.Tests.Badges;

/// <summary>OB 2.0 records with every optional property set, for the document tests.</summary>
internal static class Ob2DocumentSamples
{
    public static readonly Uri IssuerId = new("https://badges.example.fr/issuers/app-lyon.json");

    public static Profile Issuer => new(IssuerId, "APP de Lyon", new Uri("https://app-lyon.example.fr/"), "contact@app-lyon.example.fr")
    {
        Description = "Atelier de pédagogie personnalisée",
        Image = new Uri("https://badges.example.fr/issuers/app-lyon.png"),
        Telephone = "+33 4 00 00 00 00",
        PublicKey = new Uri("https://badges.example.fr/keys/k1.json"),
        RevocationList = new Uri("https://badges.example.fr/issuers/app-lyon/revocations.json"),
    };

    public static BadgeClass BadgeClass => new(
        new Uri("https://badges.example.fr/badges/numerique-1.json"),
        "Compétences numériques – niveau 1",
        "Utiliser une messagerie et un traitement de texte.",
        new Uri("https://badges.example.fr/badges/numerique-1.png"),
        new Criteria(new Uri("https://badges.example.fr/badges/numerique-1/criteres"), "Envoyer un courriel avec une pièce jointe."),
        IssuerId)
    {
        Alignment =
        [
            new Alignment("Communiquer par courriel", new Uri("https://cleanumerique.example/competences/2-1"))
            {
                TargetDescription = "Envoyer et recevoir des courriels",
                TargetFramework = "CléA Numérique",
                TargetCode = "2.1",
            },
        ],
        Tags = ["numérique", "bureautique"],
    };

    public static Assertion Assertion => new(
        new Uri("https://badges.example.fr/assertions/7c9e.json"),
        RecipientIdentity.Create("jeanne.dupont@exemple.fr"),
        new Uri("https://badges.example.fr/badges/numerique-1.json"),
        Verification.Hosted,
        new DateTimeOffset(2026, 3, 1, 9, 30, 0, TimeSpan.FromHours(1)))
    {
        Expires = new DateTimeOffset(2029, 3, 1, 9, 30, 0, TimeSpan.FromHours(1)),
        Image = new Uri("https://badges.example.fr/assertions/7c9e.png"),
        Evidence =
        [
            new Evidence
            {
                Id = new Uri("https://portfolio.example.fr/jeanne/courriel"),
                Narrative = "Courriel envoyé au formateur avec le CV en pièce jointe.",
                Name = "Courriel au formateur",
                Description = "Capture de la boîte d’envoi",
                Genre = "Portfolio",
                Audience = "Formateurs",
            },
        ],
        Narrative = "Réalisé en autonomie.",
    };

    public static Assertion SignedAssertion => Assertion with
    {
        Id = new Uri("urn:uuid:a953081a-4bbd-4927-9653-7219bca00e3b"),
        Verification = Verification.Signed(new Uri("https://badges.example.fr/keys/k1.json")),
    };

    public static Assertion RevokedAssertion => Assertion with { Revoked = true, RevocationReason = "Délivré par erreur." };

    public static CryptographicKey CryptographicKey => new(
        new Uri("https://badges.example.fr/keys/k1.json"),
        IssuerId,
        "-----BEGIN PUBLIC KEY-----\nMCowBQYDK2VwAyEAGb9ECWmEzf6FQbrBZ9w7lshQhqowtrbLDFw4rXAxZuE=\n-----END PUBLIC KEY-----\n");

    public static RevocationList RevocationList => new(
        new Uri("https://badges.example.fr/issuers/app-lyon/revocations.json"),
        IssuerId,
        [
            new RevokedAssertion(new Uri("urn:uuid:3c574c87-b96f-4f06-8eb5-68a29335b60e")),
            new RevokedAssertion(new Uri("urn:uuid:e79a6c18-787e-4868-8e65-e6a4530fb418"), "Délivré par erreur."),
        ]);
}
