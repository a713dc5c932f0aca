namespace ApprenantAgile.Templates.Admin;

/// <summary>The template editor: the source being edited, the shipped source, and the preview or error of the last check.</summary>
public sealed class TemplateEditViewModel
{
    public required string Name { get; init; }

    public required string ModuleName { get; init; }

    public required bool IsOverridden { get; init; }

    public required string Source { get; init; }

    public required string ShippedSource { get; init; }

    /// <summary>Rendered page shown in the preview frame, or null when no preview was asked for or the check failed.</summary>
    public string? PreviewHtml { get; init; }

    /// <summary>Line of the syntax error, 0 when there is none or its position is unknown.</summary>
    public int ErrorLine { get; init; }
}
