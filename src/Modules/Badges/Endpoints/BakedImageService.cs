using System.Text;
using ApprenantAgile.Badges.Abstractions;
using ApprenantAgile.Badges.Assertions;
using ApprenantAgile.Badges.Baking;
using ApprenantAgile.Badges.Issuing;

namespace ApprenantAgile.Badges.Endpoints;

/// <summary>
/// Bakes an assertion into its badge class image on request: the hosted assertion JSON (PNG iTXt
/// chunk "openbadges", or SVG openbadges:assertion with the verify URL), or the signed JWS.
/// </summary>
public sealed class BakedImageService(IBadgeClassProvider badgeClasses, Ob2DocumentFactory documents, Ob2Urls urls)
{
    /// <summary>Returns the baked bytes, or null when the badge class has no image in that format.</summary>
    public async Task<byte[]?> BakeAsync(AssertionIndex assertion, BakedImageKind kind, CancellationToken cancellationToken)
    {
        var image = await badgeClasses.GetImageAsync(assertion.BadgeClassId, kind.Format, cancellationToken);
        if (image is null)
        {
            return null;
        }

        var payload = kind.Signed ? assertion.SignedJws : documents.HostedAssertion(assertion).ToJsonString();
        return kind.Format == "png"
            ? PngBaker.Bake(image, OpenBadgesVersion.V2, payload)
            : SvgBaker.Bake(image, OpenBadgesVersion.V2, payload, kind.Signed ? null : urls.Assertion(assertion.AssertionId));
    }

    /// <summary>Returns the UTF-8 JSON of the hosted assertion, for downloads.</summary>
    public byte[] HostedJson(AssertionIndex assertion) => Encoding.UTF8.GetBytes(documents.HostedAssertion(assertion).ToJsonString());
}
