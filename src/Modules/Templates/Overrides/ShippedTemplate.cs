namespace ApprenantAgile.Templates.Overrides;

/// <summary>A template that a theme or module ships, as the template list shows it.</summary>
/// <param name="Name">Template name, such as "Layout" or "Catalogue.Map".</param>
/// <param name="ModuleName">Name of the theme or module that ships it, from its manifest.</param>
/// <param name="IsOverridden">Whether the current tenant has saved its own version.</param>
public sealed record ShippedTemplate(string Name, string ModuleName, bool IsOverridden);
