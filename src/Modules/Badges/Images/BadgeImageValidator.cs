using System.Text;
using System.Xml;
using ApprenantAgile.Badges.Baking;
using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Logging;
using SixLabors.ImageSharp;
using SixLabors.ImageSharp.PixelFormats;

namespace ApprenantAgile.Badges.Images;

/// <summary>
/// Checks an uploaded badge image by its content, never by its file name: a PNG that is well formed,
/// within the size limits and fully decodable, or an SVG without scripts, event attributes,
/// foreignObject, DOCTYPE or external references.
/// </summary>
public sealed class BadgeImageValidator(
    IStringLocalizer<BadgeImageValidator> localizer,
    ILogger<BadgeImageValidator> logger,
    BadgeImageLimits limits)
{
    private static ReadOnlySpan<byte> PdfSignature => "%PDF-"u8;

    public BadgeImageValidationResult Validate(ReadOnlySpan<byte> content)
    {
        if (content.IsEmpty)
        {
            return Reject(BadgeImageRejection.Empty, localizer["The file is empty. Choose a PNG or SVG image."]);
        }

        if (content.Length > limits.MaxFileBytes)
        {
            return Reject(BadgeImageRejection.FileTooLarge, localizer[
                "The image is {0} KB, which is more than the {1} KB limit. Upload a smaller PNG or SVG file.",
                (content.Length + 1023) / 1024, limits.MaxFileBytes / 1024]);
        }

        if (PngChunkReader.HasPngSignature(content))
        {
            return ValidatePng(content.ToArray());
        }

        if (content.StartsWith(PdfSignature))
        {
            return Reject(BadgeImageRejection.PdfDocument, localizer[
                "This file is a PDF document, not an image, even if its name ends in .png or .svg. Upload a PNG or SVG image."]);
        }

        return ValidateSvg(content);
    }

    private BadgeImageValidationResult ValidatePng(byte[] png)
    {
        try
        {
            PngChunkReader.ReadChunks(png);
        }
        catch (InvalidBadgeImageException ex)
        {
            logger.LogInformation("Rejected an uploaded PNG of {ByteCount} bytes: {Reason}", png.Length, ex.Message);
            return RejectDamagedPng();
        }

        // Identify reads the IHDR chunk only, so a 20000 × 20000 header is rejected before any pixel buffer exists.
        var info = Image.Identify(png);
        if (info is null)
        {
            return RejectDamagedPng();
        }

        if (info.Width > limits.MaxWidth || info.Height > limits.MaxHeight)
        {
            return Reject(BadgeImageRejection.DimensionsTooLarge, localizer[
                "The image is {0} × {1} pixels, which is more than the {2} × {3} pixel limit. Resize it and upload it again.",
                info.Width, info.Height, limits.MaxWidth, limits.MaxHeight]);
        }

        try
        {
            using var image = Image.Load<Rgba32>(png);
        }
        catch (ImageFormatException ex)
        {
            logger.LogInformation("Rejected an uploaded PNG of {ByteCount} bytes that failed to decode: {Reason}", png.Length, ex.Message);
            return RejectDamagedPng();
        }

        return BadgeImageValidationResult.Accepted(BadgeImageFormat.Png, info.Width, info.Height);
    }

    private BadgeImageValidationResult ValidateSvg(ReadOnlySpan<byte> content)
    {
        var text = Encoding.UTF8.GetString(content);
        if (!text.Contains("<svg", StringComparison.Ordinal))
        {
            return RejectUnsupported();
        }

        // XmlReader would also reject these, but its exception does not say why in a stable way.
        if (text.Contains("<!DOCTYPE", StringComparison.Ordinal) || text.Contains("<!ENTITY", StringComparison.Ordinal))
        {
            return Reject(BadgeImageRejection.SvgDoctype, localizer[
                "The SVG image contains a DOCTYPE or entity declaration, which is not allowed. Export it again without a DOCTYPE."]);
        }

        System.Xml.Linq.XDocument document;
        try
        {
            document = SafeSvgLoader.Load(content);
        }
        catch (XmlException ex)
        {
            return Reject(BadgeImageRejection.MalformedSvg, localizer[
                "The SVG image is not well-formed XML (line {0}, position {1}). Correct it in your image editor and upload it again.",
                ex.LineNumber, ex.LinePosition]);
        }

        if (document.Root?.Name != BakingFormat.SvgNamespace + "svg")
        {
            return RejectUnsupported();
        }

        var problem = SvgSafetyInspector.FindProblem(document);
        if (problem is not null)
        {
            logger.LogInformation("Rejected an uploaded SVG: {Rejection} at {Detail}", problem.Rejection, problem.Detail);
            return BadgeImageValidationResult.Rejected(problem.Rejection, DescribeSvgProblem(problem));
        }

        return BadgeImageValidationResult.Accepted(BadgeImageFormat.Svg);
    }

    private string DescribeSvgProblem(SvgSafetyProblem problem) => problem.Rejection switch
    {
        BadgeImageRejection.SvgScript => localizer[
            "The SVG image contains a <script> element, which is not allowed in a badge. Remove the script and upload the image again."],
        BadgeImageRejection.SvgForeignObject => localizer[
            "The SVG image contains a <foreignObject> element, which is not allowed in a badge. Remove it and upload the image again."],
        BadgeImageRejection.SvgEventAttribute => localizer[
            "The SVG image contains the event attribute \"{0}\", which is not allowed in a badge. Remove it and upload the image again.",
            problem.Detail],
        _ => localizer[
            "The SVG image refers to the external resource \"{0}\". A badge may only refer to its own elements (#id) or embed PNG, JPEG or GIF images as data: URIs. Embed the resource and upload the image again.",
            problem.Detail],
    };

    private BadgeImageValidationResult RejectDamagedPng() => Reject(BadgeImageRejection.DamagedPng, localizer[
        "The PNG image is damaged or incomplete and cannot be read. Export it again from your image editor and upload it again."]);

    private BadgeImageValidationResult RejectUnsupported() => Reject(BadgeImageRejection.UnsupportedFormat, localizer[
        "This file is neither a PNG nor an SVG image. Upload a PNG or SVG image."]);

    private static BadgeImageValidationResult Reject(BadgeImageRejection rejection, LocalizedString message) =>
        BadgeImageValidationResult.Rejected(rejection, message.Value);
}
