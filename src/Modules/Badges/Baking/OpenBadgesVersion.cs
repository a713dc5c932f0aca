namespace ApprenantAgile.Badges.Baking;

/// <summary>The Open Badges version of a baked payload; it selects the PNG keyword and the SVG element.</summary>
public enum OpenBadgesVersion
{
    /// <summary>OB 2.0: PNG keyword "openbadges", SVG element &lt;openbadges:assertion&gt; in http://openbadges.org.</summary>
    V2,

    /// <summary>OB 3.0: PNG keyword "openbadgecredential", SVG element &lt;openbadges:credential&gt; in https://purl.imsglobal.org/ob/v3p0.</summary>
    V3,
}
