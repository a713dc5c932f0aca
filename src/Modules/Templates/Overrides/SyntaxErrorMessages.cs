using System.Text.RegularExpressions;
using Microsoft.Extensions.Localization;

namespace ApprenantAgile.Templates.Overrides;

/// <summary>
/// Turns a Fluid parse error into text for the editor. The position suffix "at (line:column)" is
/// dropped because the editor shows the line and column itself, and the most common message, a
/// missing closing tag, is translated. Other messages keep Fluid's English wording.
/// </summary>
internal static partial class SyntaxErrorMessages
{
    public static string Describe(string fluidMessage, IStringLocalizer localizer)
    {
        var message = PositionSuffix().Replace(fluidMessage, "").Trim();

        var expected = ExpectedToken().Match(message);
        return expected.Success
            ? localizer["\"{0}\" is missing here", expected.Groups["token"].Value]
            : message;
    }

    [GeneratedRegex(@"\s*at \(\d+:\d+\)\.?$")]
    private static partial Regex PositionSuffix();

    [GeneratedRegex(@"^'(?<token>.+)' was expected$")]
    private static partial Regex ExpectedToken();
}
