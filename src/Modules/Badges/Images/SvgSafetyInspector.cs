using System.Text.RegularExpressions;
using System.Xml.Linq;

namespace ApprenantAgile.Badges.Images;

/// <summary>
/// Finds constructs that make an SVG unsafe to show in a browser or that load something from outside:
/// scripts, event attributes, foreignObject, and references that are not local (#id) or an embedded
/// PNG, JPEG or GIF data: URI, whether in href, xlink:href, url(…), @import or an xml-stylesheet.
/// </summary>
public static partial class SvgSafetyInspector
{
    public static SvgSafetyProblem? FindProblem(XDocument document)
    {
        ArgumentNullException.ThrowIfNull(document);

        foreach (var instruction in document.Nodes().OfType<XProcessingInstruction>())
        {
            if (instruction.Target.Equals("xml-stylesheet", StringComparison.OrdinalIgnoreCase))
            {
                return new SvgSafetyProblem(BadgeImageRejection.SvgExternalReference, instruction.Data);
            }
        }

        foreach (var element in document.Descendants())
        {
            var problem = InspectElement(element);
            if (problem is not null)
            {
                return problem;
            }
        }

        return null;
    }

    private static SvgSafetyProblem? InspectElement(XElement element)
    {
        var name = element.Name.LocalName;
        if (name.Equals("script", StringComparison.OrdinalIgnoreCase))
        {
            return new SvgSafetyProblem(BadgeImageRejection.SvgScript, "<script>");
        }

        if (name.Equals("foreignObject", StringComparison.OrdinalIgnoreCase))
        {
            return new SvgSafetyProblem(BadgeImageRejection.SvgForeignObject, "<foreignObject>");
        }

        if (name == "style")
        {
            var cssProblem = InspectCss(element.Value);
            if (cssProblem is not null)
            {
                return cssProblem;
            }
        }

        foreach (var attribute in element.Attributes())
        {
            var problem = InspectAttribute(attribute);
            if (problem is not null)
            {
                return problem;
            }
        }

        return null;
    }

    private static SvgSafetyProblem? InspectAttribute(XAttribute attribute)
    {
        if (attribute.IsNamespaceDeclaration)
        {
            return null;
        }

        var name = attribute.Name.LocalName;
        if (name.StartsWith("on", StringComparison.OrdinalIgnoreCase))
        {
            return new SvgSafetyProblem(BadgeImageRejection.SvgEventAttribute, name);
        }

        if (name == "href" && !IsLocalOrEmbedded(attribute.Value))
        {
            return new SvgSafetyProblem(BadgeImageRejection.SvgExternalReference, attribute.Value);
        }

        // <set attributeName="href" to="javascript:…"> and <animate> can rewrite a link after the checks above.
        if (name == "attributeName" && attribute.Value.EndsWith("href", StringComparison.OrdinalIgnoreCase))
        {
            return new SvgSafetyProblem(BadgeImageRejection.SvgExternalReference, attribute.Parent?.Name.LocalName + " " + attribute.Value);
        }

        return InspectCss(attribute.Value);
    }

    /// <summary>Checks CSS text (a style element, a style attribute or a presentation attribute such as fill).</summary>
    private static SvgSafetyProblem? InspectCss(string css)
    {
        if (css.Contains("@import", StringComparison.OrdinalIgnoreCase))
        {
            return new SvgSafetyProblem(BadgeImageRejection.SvgExternalReference, "@import");
        }

        foreach (Match match in CssUrl().Matches(css))
        {
            var target = match.Groups["target"].Value.Trim().Trim('"', '\'').Trim();
            if (!IsLocalOrEmbedded(target))
            {
                return new SvgSafetyProblem(BadgeImageRejection.SvgExternalReference, target);
            }
        }

        return null;
    }

    private static bool IsLocalOrEmbedded(string reference)
    {
        var value = reference.Trim();
        return value.StartsWith('#') || EmbeddedRasterImage().IsMatch(value);
    }

    [GeneratedRegex(@"url\s*\((?<target>[^)]*)\)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex CssUrl();

    [GeneratedRegex(@"^data:image/(png|jpeg|gif);base64,[A-Za-z0-9+/=\s]*$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex EmbeddedRasterImage();
}
