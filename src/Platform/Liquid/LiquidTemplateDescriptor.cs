using System.Reflection;

namespace ApprenantAgile.Platform.Liquid;

/// <summary>A template that a theme or module ships, such as "Layout" from the AgileTheme assembly.</summary>
public sealed record LiquidTemplateDescriptor(string Name, Assembly Assembly);
