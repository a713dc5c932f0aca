using System.Text;
using System.Xml;
using System.Xml.Linq;
using ApprenantAgile.Badges.Images;

namespace ApprenantAgile.Badges.Baking;

/// <summary>
/// Bakes a badge payload into an SVG as the first child of the root element, following the OB 2.0
/// and OB 3.0 baking specifications, and reads it back.
/// </summary>
/// <example>
/// OB 2.0: <c>&lt;svg xmlns:openbadges="http://openbadges.org"&gt;&lt;openbadges:assertion verify="https://…"&gt;&lt;![CDATA[{…}]]&gt;&lt;/openbadges:assertion&gt;…</c>
/// </example>
public static class SvgBaker
{
    /// <summary>
    /// Returns the SVG, re-serialised as UTF-8, with one payload element in CDATA. Earlier payload
    /// elements of the same version are removed. <paramref name="verifyUrl"/> becomes the OB 2.0
    /// <c>verify</c> attribute (the hosted assertion URL) and is ignored for OB 3.0.
    /// </summary>
    /// <exception cref="InvalidBadgeImageException">The bytes are not well-formed XML, have a DOCTYPE, or the root is not an SVG element.</exception>
    public static byte[] Bake(ReadOnlySpan<byte> svg, OpenBadgesVersion version, string payload, Uri? verifyUrl = null)
    {
        ArgumentNullException.ThrowIfNull(payload);

        var document = LoadSvg(svg);
        var root = document.Root!;
        var elementName = BakingFormat.SvgElementName(version);

        root.Descendants(elementName).Remove();
        root.SetAttributeValue(XNamespace.Xmlns + BakingFormat.SvgPrefix, elementName.NamespaceName);

        var element = new XElement(elementName, new XCData(payload));
        if (version == OpenBadgesVersion.V2 && verifyUrl is not null)
        {
            element.SetAttributeValue("verify", verifyUrl.AbsoluteUri);
        }

        root.AddFirst(element);
        return Serialize(document);
    }

    /// <summary>
    /// Returns the text of the first payload element of <paramref name="version"/>, or its OB 2.0
    /// <c>verify</c> attribute when the element is empty, or null when the SVG has no such element.
    /// </summary>
    /// <exception cref="InvalidBadgeImageException">The bytes are not a well-formed SVG document.</exception>
    public static string? Unbake(ReadOnlySpan<byte> svg, OpenBadgesVersion version)
    {
        var document = LoadSvg(svg);
        var element = document.Root!.Descendants(BakingFormat.SvgElementName(version)).FirstOrDefault();
        if (element is null)
        {
            return null;
        }

        return string.IsNullOrWhiteSpace(element.Value) ? element.Attribute("verify")?.Value : element.Value;
    }

    private static XDocument LoadSvg(ReadOnlySpan<byte> svg)
    {
        XDocument document;
        try
        {
            document = SafeSvgLoader.Load(svg);
        }
        catch (XmlException ex)
        {
            throw new InvalidBadgeImageException(
                $"The file is not a well-formed SVG document (line {ex.LineNumber}, position {ex.LinePosition}): {ex.Message}", ex);
        }

        if (document.Root?.Name != BakingFormat.SvgNamespace + "svg")
        {
            throw new InvalidBadgeImageException(
                $"The XML root element is {document.Root?.Name}, but a badge SVG must have the root <svg xmlns=\"{BakingFormat.SvgNamespace}\">.");
        }

        return document;
    }

    private static byte[] Serialize(XDocument document)
    {
        var settings = new XmlWriterSettings
        {
            Encoding = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false),
            OmitXmlDeclaration = document.Declaration is null,
            NewLineHandling = NewLineHandling.None,
        };

        using var output = new MemoryStream();
        using (var writer = XmlWriter.Create(output, settings))
        {
            document.Save(writer);
        }

        return output.ToArray();
    }
}
