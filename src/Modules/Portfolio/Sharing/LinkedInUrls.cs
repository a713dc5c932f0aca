using System.Globalization;
using Microsoft.AspNetCore.WebUtilities;

namespace ApprenantAgile.Portfolio.Sharing;

/// <summary>
/// LinkedIn's "add to profile" URL for a certification, with the form fields filled in. The
/// parameter names are those of LinkedIn's documented add-to-profile link
/// (https://addtoprofile.linkedin.com/): name, organizationName, issueYear, issueMonth,
/// expirationYear, expirationMonth, certUrl and certId.
/// </summary>
public static class LinkedInUrls
{
    private const string AddToProfile = "https://www.linkedin.com/profile/add";

    public static string AddCertification(string badgeName, string organizationName, DateTime issuedUtc, DateTime? expiresUtc, string credentialUrl, string credentialId)
    {
        var query = new Dictionary<string, string?>
        {
            ["startTask"] = "CERTIFICATION_NAME",
            ["name"] = badgeName,
            ["organizationName"] = organizationName,
            ["issueYear"] = issuedUtc.Year.ToString(CultureInfo.InvariantCulture),
            ["issueMonth"] = issuedUtc.Month.ToString(CultureInfo.InvariantCulture),
        };

        if (expiresUtc is { } expires)
        {
            query["expirationYear"] = expires.Year.ToString(CultureInfo.InvariantCulture);
            query["expirationMonth"] = expires.Month.ToString(CultureInfo.InvariantCulture);
        }

        query["certUrl"] = credentialUrl;
        query["certId"] = credentialId;
        return QueryHelpers.AddQueryString(AddToProfile, query);
    }
}
