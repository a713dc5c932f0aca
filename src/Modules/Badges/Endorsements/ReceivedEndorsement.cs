using System.Text.Json.Nodes;

namespace ApprenantAgile.Badges.Endorsements;

/// <summary>One endorsement that the national tenant made about the current centre, as the centre's pages and credentials use it.</summary>
/// <param name="SubjectId">The endorsed Achievement id or Profile id.</param>
/// <param name="CredentialUrl">The URL that serves the signed EndorsementCredential.</param>
/// <param name="CredentialJson">The signed EndorsementCredential, embedded as it is in the centre's credentials.</param>
public sealed record ReceivedEndorsement(
    string Id, string SubjectId, string EndorserName, string Comment, DateTime CreatedUtc, Uri CredentialUrl, string CredentialJson)
{
    public JsonObject ParseCredential() => JsonNode.Parse(CredentialJson)!.AsObject();
}
