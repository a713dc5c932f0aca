namespace ApprenantAgile.Badges.Images;

/// <summary>Why <see cref="BadgeImageValidator"/> rejected an upload; each value has its own user message.</summary>
public enum BadgeImageRejection
{
    Empty,
    FileTooLarge,
    DimensionsTooLarge,
    DamagedPng,
    PdfDocument,
    UnsupportedFormat,
    MalformedSvg,
    SvgDoctype,
    SvgScript,
    SvgEventAttribute,
    SvgExternalReference,
    SvgForeignObject,
}
