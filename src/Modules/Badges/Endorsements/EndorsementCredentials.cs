using System.Text.Json.Nodes;

namespace ApprenantAgile.Badges.Endorsements;

/// <summary>Fixed values and readers of Open Badges 3.0 EndorsementCredentials.</summary>
public static class EndorsementCredentials
{
    public const string CredentialType = "EndorsementCredential";
    public const string SubjectType = "EndorsementSubject";

    /// <summary>Returns <c>issuer.name</c> of a signed endorsement, or an empty string when it has none.</summary>
    public static string IssuerName(string credentialJson) =>
        JsonNode.Parse(credentialJson)?["issuer"]?["name"]?.GetValue<string>() ?? "";
}
