namespace ApprenantAgile.Badges.Baking;

public enum UnbakeStatus
{
    /// <summary>The image carries a payload for the requested Open Badges version.</summary>
    Found,

    /// <summary>A valid PNG or SVG without a payload, such as a screenshot.</summary>
    NoBadgeFound,

    /// <summary>The file starts as a PNG or is XML, but its structure is broken (truncated, bad CRC, not well-formed).</summary>
    InvalidImage,

    /// <summary>Neither PNG nor SVG.</summary>
    UnsupportedFormat,
}
