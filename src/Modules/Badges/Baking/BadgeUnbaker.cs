using ApprenantAgile.Badges.Images;
using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Logging;

namespace ApprenantAgile.Badges.Baking;

/// <summary>
/// Reads the badge baked into an uploaded PNG or SVG, recognising the format by content (never by file
/// name), and turns every failure into a result with a localized message instead of an exception.
/// </summary>
public sealed class BadgeUnbaker(IStringLocalizer<BadgeUnbaker> localizer, ILogger<BadgeUnbaker> logger)
{
    public UnbakeResult Unbake(ReadOnlySpan<byte> image, OpenBadgesVersion version)
    {
        string? payload;
        try
        {
            if (PngChunkReader.HasPngSignature(image))
            {
                payload = PngBaker.Unbake(image, BakingFormat.PngKeyword(version));
            }
            else if (SafeSvgLoader.TryLoadSvg(image, out _))
            {
                payload = SvgBaker.Unbake(image, version);
            }
            else
            {
                logger.LogInformation("Unbaking rejected a {ByteCount}-byte file that is neither PNG nor SVG", image.Length);
                return new UnbakeResult(UnbakeStatus.UnsupportedFormat, null,
                    localizer["Only PNG and SVG images can contain a badge. Upload a PNG or SVG file."]);
            }
        }
        catch (InvalidBadgeImageException ex)
        {
            logger.LogInformation(ex, "Unbaking rejected a damaged {ByteCount}-byte image", image.Length);
            return new UnbakeResult(UnbakeStatus.InvalidImage, null,
                localizer["This image is damaged and cannot be read. Upload the original PNG or SVG file of the badge."]);
        }

        if (payload is null)
        {
            return new UnbakeResult(UnbakeStatus.NoBadgeFound, null, localizer["No badge was found in this image."]);
        }

        return new UnbakeResult(UnbakeStatus.Found, payload, null);
    }
}
