using System.Text.Encodings.Web;
using System.Text.Json;

namespace ApprenantAgile.Badges.OpenBadges.V3;

/// <summary>How credentials are written to text.</summary>
public static class Ob3Json
{
    /// <summary>
    /// Compact JSON that keeps non-ASCII letters such as "é" and "’" as they are, so that a baked image or a
    /// download shows the learner's name readably. Served only as JSON, never inserted into HTML unescaped.
    /// </summary>
    public static readonly JsonSerializerOptions Options = new()
    {
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        WriteIndented = false,
    };
}
