using System.Xml;
using System.Xml.Linq;

namespace ApprenantAgile.Badges.Images;

/// <summary>
/// Parses untrusted SVG with DTD processing prohibited and no resolver, so a DOCTYPE, an entity
/// declaration or an external reference is never processed and nothing is fetched.
/// </summary>
public static class SafeSvgLoader
{
    /// <summary>Parses <paramref name="svg"/>, keeping whitespace so that a round trip changes as little as possible.</summary>
    /// <exception cref="XmlException">The text is not well-formed XML or contains a DOCTYPE.</exception>
    public static XDocument Load(ReadOnlySpan<byte> svg)
    {
        var settings = new XmlReaderSettings
        {
            DtdProcessing = DtdProcessing.Prohibit,
            XmlResolver = null,
            MaxCharactersFromEntities = 0,
            IgnoreProcessingInstructions = false,
        };

        using var stream = new MemoryStream(svg.ToArray(), writable: false);
        using var reader = XmlReader.Create(stream, settings);
        return XDocument.Load(reader, LoadOptions.PreserveWhitespace);
    }

    /// <summary>Returns true when the bytes parse as XML whose root element is {http://www.w3.org/2000/svg}svg.</summary>
    public static bool TryLoadSvg(ReadOnlySpan<byte> data, out XDocument? document)
    {
        document = null;
        try
        {
            var parsed = Load(data);
            if (parsed.Root?.Name == Baking.BakingFormat.SvgNamespace + "svg")
            {
                document = parsed;
                return true;
            }
        }
        catch (XmlException)
        {
        }

        return false;
    }
}
