namespace ApprenantAgile.Templates.Overrides;

/// <summary>
/// Outcome of checking a template source: the preview page when it parsed and rendered, otherwise
/// the error, with its 1-based line and column when the error is a syntax error.
/// </summary>
public sealed record TemplateCheckResult(string? PreviewHtml, string? ErrorMessage, int Line = 0, int Column = 0)
{
    public bool Succeeded => ErrorMessage is null;
}
