namespace ApprenantAgile.Templates;

/// <summary>Feature id of the template overrides.</summary>
public static class TemplatesFeature
{
    public const string Id = "ApprenantAgile.Templates";
}
