namespace ApprenantAgile.Templates.Overrides;

/// <summary>The tenant's template overrides, stored as one document: template name to its Liquid source.</summary>
public sealed class TemplateOverridesDocument
{
    public Dictionary<string, TemplateOverride> Templates { get; set; } = new(StringComparer.OrdinalIgnoreCase);
}

/// <summary>A template's replacement source, with who saved it and when.</summary>
public sealed class TemplateOverride
{
    public string Source { get; set; } = "";

    public DateTime ModifiedUtc { get; set; }

    public string? ModifiedBy { get; set; }
}
