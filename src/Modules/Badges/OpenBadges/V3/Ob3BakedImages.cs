using ApprenantAgile.Badges.Abstractions;
using ApprenantAgile.Badges.Baking;

namespace ApprenantAgile.Badges.OpenBadges.V3;

/// <summary>
/// Bakes a signed credential into its badge class image, following the Open Badges 3.0 baking rules: one
/// uncompressed PNG iTXt chunk with the keyword "openbadgecredential", or one openbadges:credential
/// element in the https://purl.imsglobal.org/ob/v3p0 namespace of an SVG.
/// </summary>
public sealed class Ob3BakedImages(IBadgeClassProvider badgeClasses)
{
    public const string PngFileName = "credential.png";
    public const string SvgFileName = "credential.svg";
    public const string JsonFileName = "credential.json";

    /// <summary>Returns the baked bytes and their media type, or null when the badge class has no image in that format.</summary>
    /// <param name="format">"png" or "svg".</param>
    public async Task<(byte[] Bytes, string ContentType)?> BakeAsync(string badgeClassId, string credentialJson, string format, CancellationToken cancellationToken)
    {
        var image = await badgeClasses.GetImageAsync(badgeClassId, format, cancellationToken);
        if (image is null)
        {
            return null;
        }

        return format == "png"
            ? (PngBaker.Bake(image, OpenBadgesVersion.V3, credentialJson), "image/png")
            : (SvgBaker.Bake(image, OpenBadgesVersion.V3, credentialJson), "image/svg+xml");
    }
}
