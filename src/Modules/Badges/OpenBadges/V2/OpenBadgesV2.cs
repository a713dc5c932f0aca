namespace ApprenantAgile.Badges.OpenBadges.V2;

/// <summary>Constants of the Open Badges 2.0 vocabulary used by the document builders.</summary>
public static class OpenBadgesV2
{
    /// <summary>The JSON-LD context IRI that every OB 2.0 document carries in <c>@context</c>.</summary>
    public const string ContextUrl = "https://w3id.org/openbadges/v2";

    /// <summary>Recipient identity type for hashed e-mail addresses.</summary>
    public const string EmailRecipientType = "email";
}
