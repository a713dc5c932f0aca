using System.Globalization;
using System.Text.Json.Nodes;
using ApprenantAgile.Badges.Abstractions;
using ApprenantAgile.Badges.OpenBadges.V3;

namespace ApprenantAgile.Badges.Endorsements;

/// <summary>
/// Builds the unsigned Open Badges 3.0 <c>EndorsementCredential</c> that the current tenant issues about an
/// Achievement or a Profile of another issuer, in the shape of the strict 1EdTech schema (arrays for 0..* properties).
/// </summary>
public sealed class EndorsementCredentialBuilder(Ob3Urls urls, OpenBadgeCredentialBuilder credentials)
{
    /// <param name="subjectName">Name of the endorsed badge class or issuer, for the credential's display name.</param>
    public JsonObject Build(
        string endorsementId, string subjectId, string subjectName, string comment, IssuerProfileInfo issuer, DateTime issuedUtc, int statusListIndex)
    {
        var index = statusListIndex.ToString(CultureInfo.InvariantCulture);
        return new JsonObject
        {
            ["@context"] = new JsonArray(OpenBadgesV3.CredentialsContextUrl, OpenBadgesV3.ContextUrl),
            ["id"] = urls.Endorsement(endorsementId).AbsoluteUri,
            ["type"] = new JsonArray(OpenBadgesV3.VerifiableCredentialType, EndorsementCredentials.CredentialType),
            ["name"] = $"{issuer.Name} : {subjectName}",
            ["issuer"] = credentials.IssuerProfile(issuer, ReceivedEndorsements.None),
            ["validFrom"] = OpenBadgeCredentialBuilder.FormatUtc(issuedUtc),
            ["credentialSubject"] = new JsonObject
            {
                ["id"] = subjectId,
                ["type"] = new JsonArray(EndorsementCredentials.SubjectType),
                ["endorsementComment"] = comment,
            },
            ["credentialStatus"] = new JsonObject
            {
                ["id"] = $"{urls.EndorsementStatusList.AbsoluteUri}#{index}",
                ["type"] = "BitstringStatusListEntry",
                ["statusPurpose"] = "revocation",
                ["statusListIndex"] = index,
                ["statusListCredential"] = urls.EndorsementStatusList.AbsoluteUri,
            },
        };
    }
}
