using System.Text;
using ApprenantAgile.Badges.Baking;
using Microsoft.Extensions.Logging.Abstractions;

namespace ApprenantAgile.Tests.Badges;

public sealed class BadgeUnbakerTests
{
    private readonly BadgeUnbaker _unbaker = new(BadgesLocalization.Create<BadgeUnbaker>(), NullLogger<BadgeUnbaker>.Instance);

    [Fact]
    public void Unbake_screenshot_reports_no_badge_in_french()
    {
        using var french = BadgesLocalization.UseFrench();

        var result = _unbaker.Unbake(TestImages.CreatePng(64, 48), OpenBadgesVersion.V2);

        Assert.Equal(UnbakeStatus.NoBadgeFound, result.Status);
        Assert.Equal("Aucun badge n'a été trouvé dans cette image.", result.UserMessage);
    }

    [Fact]
    public void Unbake_finds_png_payload()
    {
        var baked = PngBaker.Bake(TestImages.CreatePng(8, 8), OpenBadgesVersion.V2, "payload");

        var result = _unbaker.Unbake(baked, OpenBadgesVersion.V2);

        Assert.Equal(UnbakeStatus.Found, result.Status);
        Assert.Equal("payload", result.Payload);
    }

    [Fact]
    public void Unbake_finds_svg_payload()
    {
        var baked = SvgBaker.Bake(Encoding.UTF8.GetBytes(TestImages.CleanSvg), OpenBadgesVersion.V3, "credential");

        var result = _unbaker.Unbake(baked, OpenBadgesVersion.V3);

        Assert.Equal("credential", result.Payload);
    }

    [Fact]
    public void Unbake_truncated_png_reports_damage_in_french()
    {
        using var french = BadgesLocalization.UseFrench();
        var png = TestImages.CreatePng(8, 8);

        var result = _unbaker.Unbake(png[..(png.Length / 2)], OpenBadgesVersion.V2);

        Assert.Equal(UnbakeStatus.InvalidImage, result.Status);
        Assert.StartsWith("Cette image est endommagée", result.UserMessage);
    }

    [Fact]
    public void Unbake_pdf_reports_unsupported_format()
    {
        using var french = BadgesLocalization.UseFrench();

        var result = _unbaker.Unbake("%PDF-1.7\n%%EOF"u8, OpenBadgesVersion.V2);

        Assert.Equal(UnbakeStatus.UnsupportedFormat, result.Status);
        Assert.StartsWith("Seules les images PNG et SVG", result.UserMessage);
    }
}
