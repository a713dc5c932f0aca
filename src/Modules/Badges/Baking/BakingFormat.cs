using System.Xml.Linq;

namespace ApprenantAgile.Badges.Baking;

/// <summary>The PNG keywords and SVG names that the OB 2.0 and OB 3.0 baking specifications fix.</summary>
public static class BakingFormat
{
    public const string PngKeywordV2 = "openbadges";

    public const string PngKeywordV3 = "openbadgecredential";

    public const string SvgPrefix = "openbadges";

    public static readonly XNamespace SvgNamespace = "http://www.w3.org/2000/svg";

    public static readonly XNamespace SvgBadgeNamespaceV2 = "http://openbadges.org";

    public static readonly XNamespace SvgBadgeNamespaceV3 = "https://purl.imsglobal.org/ob/v3p0";

    public static string PngKeyword(OpenBadgesVersion version) => version switch
    {
        OpenBadgesVersion.V2 => PngKeywordV2,
        OpenBadgesVersion.V3 => PngKeywordV3,
        _ => throw new ArgumentOutOfRangeException(nameof(version), version, "Expected OpenBadgesVersion.V2 or V3."),
    };

    /// <summary>The element that carries the payload: openbadges:assertion (2.0) or openbadges:credential (3.0).</summary>
    public static XName SvgElementName(OpenBadgesVersion version) => version switch
    {
        OpenBadgesVersion.V2 => SvgBadgeNamespaceV2 + "assertion",
        OpenBadgesVersion.V3 => SvgBadgeNamespaceV3 + "credential",
        _ => throw new ArgumentOutOfRangeException(nameof(version), version, "Expected OpenBadgesVersion.V2 or V3."),
    };
}
