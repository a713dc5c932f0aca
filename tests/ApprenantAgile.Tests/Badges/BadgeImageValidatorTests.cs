using System.Text;
using ApprenantAgile.Badges.Images;
using Microsoft.Extensions.Logging.Abstractions;

namespace ApprenantAgile.Tests.Badges;

public sealed class BadgeImageValidatorTests
{
    private readonly BadgeImageValidator _validator = new(
        BadgesLocalization.Create<BadgeImageValidator>(),
        NullLogger<BadgeImageValidator>.Instance,
        new BadgeImageLimits());

    [Fact]
    public void Validate_accepts_400_png()
    {
        var result = _validator.Validate(TestImages.CreatePng(400, 400));

        Assert.True(result.IsValid, result.ErrorMessage);
        Assert.Equal(BadgeImageFormat.Png, result.Format);
        Assert.Equal(400, result.Width);
    }

    [Fact]
    public void Validate_accepts_clean_svg()
    {
        var result = _validator.Validate(Encoding.UTF8.GetBytes(TestImages.CleanSvg));

        Assert.True(result.IsValid, result.ErrorMessage);
        Assert.Equal(BadgeImageFormat.Svg, result.Format);
    }

    [Fact]
    public void Validate_rejects_20000_png_in_french()
    {
        using var french = BadgesLocalization.UseFrench();
        var png = TestImages.CreatePngHeaderOnly(20000, 20000);
        var allocatedBefore = GC.GetAllocatedBytesForCurrentThread();

        var result = _validator.Validate(png);

        // Decoding 20000 × 20000 pixels would allocate at least 400 MB; the header check stays far below.
        Assert.True(GC.GetAllocatedBytesForCurrentThread() - allocatedBefore < 50_000_000);
        Assert.Equal(BadgeImageRejection.DimensionsTooLarge, result.Rejection);
        Assert.Equal("L’image mesure 20000 × 20000 pixels, ce qui dépasse la limite de 4096 × 4096 pixels. Redimensionnez-la puis téléversez-la de nouveau.", result.ErrorMessage);
    }

    [Fact]
    public void Validate_rejects_truncated_png_in_french()
    {
        using var french = BadgesLocalization.UseFrench();
        var png = TestImages.CreatePng(400, 400);

        var result = _validator.Validate(png[..(png.Length * 2 / 3)]);

        Assert.Equal(BadgeImageRejection.DamagedPng, result.Rejection);
        Assert.StartsWith("L’image PNG est endommagée ou incomplète", result.ErrorMessage);
    }

    [Fact]
    public void Validate_rejects_pdf_named_png_in_french()
    {
        using var french = BadgesLocalization.UseFrench();
        var pdf = "%PDF-1.7\n1 0 obj << /Type /Catalog /Pages 2 0 R >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n"u8.ToArray();

        var result = _validator.Validate(pdf);

        Assert.Equal(BadgeImageRejection.PdfDocument, result.Rejection);
        Assert.StartsWith("Ce fichier est un document PDF et non une image", result.ErrorMessage);
    }

    [Theory]
    [InlineData("<script>alert(1)</script>", BadgeImageRejection.SvgScript, "L’image SVG contient un élément <script>, interdit dans un badge.")]
    [InlineData("<svg:script xmlns:svg=\"http://www.w3.org/2000/svg\">alert(1)</svg:script>", BadgeImageRejection.SvgScript, "L’image SVG contient un élément <script>")]
    [InlineData("<rect width=\"1\" height=\"1\" onclick=\"alert(1)\"/>", BadgeImageRejection.SvgEventAttribute, "L’image SVG contient l’attribut d’événement « onclick »")]
    [InlineData("<image href=\"https://tracker.example/p.png\" width=\"1\" height=\"1\"/>", BadgeImageRejection.SvgExternalReference, "L’image SVG fait référence à la ressource externe « https://tracker.example/p.png »")]
    [InlineData("<use xlink:href=\"other.svg#icon\"/>", BadgeImageRejection.SvgExternalReference, "L’image SVG fait référence à la ressource externe « other.svg#icon »")]
    [InlineData("<image href=\"data:image/svg+xml;base64,PHN2Zz4=\" width=\"1\" height=\"1\"/>", BadgeImageRejection.SvgExternalReference, "L’image SVG fait référence à la ressource externe")]
    [InlineData("<style>@import url(https://fonts.example/x.css);</style>", BadgeImageRejection.SvgExternalReference, "L’image SVG fait référence à la ressource externe « @import »")]
    [InlineData("<rect width=\"1\" height=\"1\" style=\"fill: url('https://x.example/p.svg#g')\"/>", BadgeImageRejection.SvgExternalReference, "L’image SVG fait référence à la ressource externe « https://x.example/p.svg#g »")]
    [InlineData("<a href=\"javascript:alert(1)\"><text>x</text></a>", BadgeImageRejection.SvgExternalReference, "L’image SVG fait référence à la ressource externe « javascript:alert(1) »")]
    [InlineData("<set attributeName=\"href\" to=\"javascript:alert(1)\"/>", BadgeImageRejection.SvgExternalReference, "L’image SVG fait référence à la ressource externe")]
    [InlineData("<foreignObject width=\"10\" height=\"10\"><div xmlns=\"http://www.w3.org/1999/xhtml\">x</div></foreignObject>", BadgeImageRejection.SvgForeignObject, "L’image SVG contient un élément <foreignObject>, interdit dans un badge.")]
    public void Validate_rejects_unsafe_svg_in_french(string body, BadgeImageRejection rejection, string messageStart)
    {
        using var french = BadgesLocalization.UseFrench();
        var svg = $"""<svg xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink" viewBox="0 0 10 10">{body}</svg>""";

        var result = _validator.Validate(Encoding.UTF8.GetBytes(svg));

        Assert.Equal(rejection, result.Rejection);
        Assert.StartsWith(messageStart, result.ErrorMessage);
    }

    [Fact]
    public void Validate_rejects_onload_on_root_in_french()
    {
        using var french = BadgesLocalization.UseFrench();
        var svg = """<svg xmlns="http://www.w3.org/2000/svg" onload="alert(1)"><rect width="1" height="1"/></svg>""";

        var result = _validator.Validate(Encoding.UTF8.GetBytes(svg));

        Assert.Equal(BadgeImageRejection.SvgEventAttribute, result.Rejection);
        Assert.Equal("L’image SVG contient l’attribut d’événement « onload », interdit dans un badge. Supprimez-le puis téléversez de nouveau l’image.", result.ErrorMessage);
    }

    [Fact]
    public void Validate_rejects_svg_doctype_in_french()
    {
        using var french = BadgesLocalization.UseFrench();
        var svg = """<?xml version="1.0"?><!DOCTYPE svg [<!ENTITY lol "lol">]><svg xmlns="http://www.w3.org/2000/svg"><text>&lol;</text></svg>""";

        var result = _validator.Validate(Encoding.UTF8.GetBytes(svg));

        Assert.Equal(BadgeImageRejection.SvgDoctype, result.Rejection);
        Assert.StartsWith("L’image SVG contient une déclaration DOCTYPE", result.ErrorMessage);
    }

    [Fact]
    public void Validate_rejects_xml_stylesheet_instruction()
    {
        var svg = """<?xml version="1.0"?><?xml-stylesheet href="https://x.example/a.css"?><svg xmlns="http://www.w3.org/2000/svg"/>""";

        var result = _validator.Validate(Encoding.UTF8.GetBytes(svg));

        Assert.Equal(BadgeImageRejection.SvgExternalReference, result.Rejection);
    }

    [Fact]
    public void Validate_rejects_file_over_size_limit()
    {
        var validator = new BadgeImageValidator(
            BadgesLocalization.Create<BadgeImageValidator>(),
            NullLogger<BadgeImageValidator>.Instance,
            new BadgeImageLimits { MaxFileBytes = 1024 });

        var result = validator.Validate(TestImages.CreatePng(400, 400));

        Assert.Equal(BadgeImageRejection.FileTooLarge, result.Rejection);
    }

    [Fact]
    public void Validate_rejects_plain_text()
    {
        var result = _validator.Validate("Bonjour, ceci n'est pas une image."u8);

        Assert.Equal(BadgeImageRejection.UnsupportedFormat, result.Rejection);
    }
}
