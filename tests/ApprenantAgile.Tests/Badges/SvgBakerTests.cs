using System.Text;
using System.Xml.Linq;
using ApprenantAgile.Badges.Baking;

namespace ApprenantAgile.Tests.Badges;

public sealed class SvgBakerTests
{
    private const string AssertionJson = """{"@context":"https://w3id.org/openbadges/v2","type":"Assertion","id":"https://badges.example.fr/assertions/1","narrative":"a ]]> b & <c>"}""";

    private static readonly byte[] Svg = Encoding.UTF8.GetBytes(TestImages.CleanSvg);

    [Fact]
    public void Bake_then_unbake_v2_returns_payload()
    {
        var baked = SvgBaker.Bake(Svg, OpenBadgesVersion.V2, AssertionJson, new Uri("https://badges.example.fr/assertions/1"));

        Assert.Equal(AssertionJson, SvgBaker.Unbake(baked, OpenBadgesVersion.V2));
    }

    [Fact]
    public void Bake_v2_puts_assertion_first_with_verify()
    {
        var baked = SvgBaker.Bake(Svg, OpenBadgesVersion.V2, AssertionJson, new Uri("https://badges.example.fr/assertions/1"));

        var root = XDocument.Parse(Encoding.UTF8.GetString(baked)).Root!;
        var first = root.Elements().First();
        Assert.Equal(XName.Get("assertion", "http://openbadges.org"), first.Name);
        Assert.Equal("https://badges.example.fr/assertions/1", first.Attribute("verify")?.Value);
        Assert.Equal("http://openbadges.org", root.GetNamespaceOfPrefix("openbadges")?.NamespaceName);
        Assert.IsType<XCData>(first.FirstNode);
    }

    [Fact]
    public void Bake_v3_writes_credential_element()
    {
        var baked = SvgBaker.Bake(Svg, OpenBadgesVersion.V3, """{"type":["VerifiableCredential","OpenBadgeCredential"]}""");

        var root = XDocument.Parse(Encoding.UTF8.GetString(baked)).Root!;
        Assert.Equal(XName.Get("credential", "https://purl.imsglobal.org/ob/v3p0"), root.Elements().First().Name);
        Assert.Equal("""{"type":["VerifiableCredential","OpenBadgeCredential"]}""", SvgBaker.Unbake(baked, OpenBadgesVersion.V3));
    }

    [Fact]
    public void Rebake_replaces_previous_assertion()
    {
        var once = SvgBaker.Bake(Svg, OpenBadgesVersion.V2, "first");
        var twice = SvgBaker.Bake(once, OpenBadgesVersion.V2, "second");

        var root = XDocument.Parse(Encoding.UTF8.GetString(twice)).Root!;
        Assert.Single(root.Descendants(XName.Get("assertion", "http://openbadges.org")));
        Assert.Equal("second", SvgBaker.Unbake(twice, OpenBadgesVersion.V2));
    }

    [Fact]
    public void Bake_keeps_drawing_elements()
    {
        var baked = SvgBaker.Bake(Svg, OpenBadgesVersion.V2, AssertionJson);

        var before = XDocument.Parse(TestImages.CleanSvg).Root!.Elements().Select(e => e.ToString()).ToList();
        var after = XDocument.Parse(Encoding.UTF8.GetString(baked)).Root!.Elements().Skip(1).Select(e => e.ToString()).ToList();
        Assert.Equal(before, after);
    }

    [Fact]
    public void Unbake_reads_mozilla_baked_svg()
    {
        var svg = File.ReadAllBytes(NodeInterop.FixturePath("mozilla-bakery", "baked.svg"));

        Assert.Equal("""{"verify":{"url":"http://example.org"}}""", SvgBaker.Unbake(svg, OpenBadgesVersion.V2)?.Trim());
    }

    [Fact]
    public void Unbake_returns_null_without_badge()
    {
        Assert.Null(SvgBaker.Unbake(Svg, OpenBadgesVersion.V2));
    }

    [Fact]
    public void Bake_rejects_doctype_entities()
    {
        var svg = """<?xml version="1.0"?><!DOCTYPE svg [<!ENTITY xxe SYSTEM "file:///etc/passwd">]><svg xmlns="http://www.w3.org/2000/svg">&xxe;</svg>"""u8.ToArray();

        var error = Assert.Throws<InvalidBadgeImageException>(() => SvgBaker.Bake(svg, OpenBadgesVersion.V2, "x"));
        Assert.Contains("not a well-formed SVG", error.Message);
    }

    [Fact]
    public void Bake_rejects_non_svg_root()
    {
        var html = """<html xmlns="http://www.w3.org/1999/xhtml"><body/></html>"""u8.ToArray();

        var error = Assert.Throws<InvalidBadgeImageException>(() => SvgBaker.Bake(html, OpenBadgesVersion.V2, "x"));
        Assert.Contains("root", error.Message);
    }
}
