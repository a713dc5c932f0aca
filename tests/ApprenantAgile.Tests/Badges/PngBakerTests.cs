using System.Text;
using ApprenantAgile.Badges.Baking;
using SixLabors.ImageSharp;
using SixLabors.ImageSharp.PixelFormats;

namespace ApprenantAgile.Tests.Badges;

public sealed class PngBakerTests
{
    private const string AssertionJson = """{"@context":"https://w3id.org/openbadges/v2","type":"Assertion","id":"https://badges.example.fr/assertions/1","narrative":"Élève très motivée ✓"}""";

    [Fact]
    public void Bake_then_unbake_returns_payload()
    {
        var baked = PngBaker.Bake(TestImages.CreatePng(32, 32), OpenBadgesVersion.V2, AssertionJson);

        Assert.Equal(AssertionJson, PngBaker.Unbake(baked, BakingFormat.PngKeywordV2));
    }

    [Fact]
    public void Bake_writes_uncompressed_itxt_before_iend()
    {
        var baked = PngBaker.Bake(TestImages.CreatePng(8, 8), OpenBadgesVersion.V2, AssertionJson);

        var chunks = PngChunkReader.ReadChunks(baked);
        var itxt = chunks[^2];
        Assert.Equal("IEND", chunks[^1].Type);
        Assert.Equal("iTXt", itxt.Type);

        byte[] expectedData = [.. "openbadges"u8, 0, 0, 0, 0, 0, .. Encoding.UTF8.GetBytes(AssertionJson)];
        Assert.Equal(expectedData, baked.AsSpan(itxt.DataOffset, itxt.DataLength).ToArray());
    }

    [Fact]
    public void Bake_leaves_other_bytes_untouched()
    {
        var original = TestImages.CreatePng(16, 16);
        var baked = PngBaker.Bake(original, OpenBadgesVersion.V2, AssertionJson);

        var itxt = PngChunkReader.ReadChunks(baked)[^2];
        byte[] withoutBadge = [.. baked.AsSpan(0, itxt.Offset), .. baked.AsSpan(itxt.Offset + itxt.TotalLength)];
        Assert.Equal(original, withoutBadge);
    }

    [Fact]
    public void Baked_png_decodes_with_same_pixels()
    {
        var original = TestImages.CreatePng(40, 30);
        var baked = PngBaker.Bake(original, OpenBadgesVersion.V2, AssertionJson);

        using var before = Image.Load<Rgba32>(original);
        using var after = Image.Load<Rgba32>(baked);
        Assert.Equal(before.Size(), after.Size());
        var beforePixels = new Rgba32[40 * 30];
        var afterPixels = new Rgba32[40 * 30];
        before.CopyPixelDataTo(beforePixels);
        after.CopyPixelDataTo(afterPixels);
        Assert.Equal(beforePixels, afterPixels);
    }

    [Fact]
    public void Rebake_replaces_previous_payload()
    {
        var once = PngBaker.Bake(TestImages.CreatePng(8, 8), OpenBadgesVersion.V2, "first");
        var twice = PngBaker.Bake(once, OpenBadgesVersion.V2, "second");

        Assert.Equal("second", PngBaker.Unbake(twice, BakingFormat.PngKeywordV2));
        Assert.Single(PngChunkReader.ReadChunks(twice), c => c.Type == "iTXt");
    }

    [Fact]
    public void Bake_removes_earlier_text_and_ztxt_chunks()
    {
        var png = TestImages.CreatePng(8, 8);
        png = TestImages.InsertChunkBeforeIend(png, "tEXt", TestImages.TextChunkData("openbadges", "https://old.example/a"));
        png = TestImages.InsertChunkBeforeIend(png, "zTXt", TestImages.CompressedTextChunkData("openbadges", "old"));
        png = TestImages.InsertChunkBeforeIend(png, "tEXt", TestImages.TextChunkData("Software", "Inkscape"));

        var baked = PngBaker.Bake(png, OpenBadgesVersion.V2, AssertionJson);

        var types = PngChunkReader.ReadChunks(baked).Select(c => c.Type).ToList();
        Assert.DoesNotContain("zTXt", types);
        Assert.Single(types, t => t == "tEXt");
        Assert.Equal(AssertionJson, PngBaker.Unbake(baked, BakingFormat.PngKeywordV2));
    }

    [Fact]
    public void Bake_v3_keeps_v2_payload()
    {
        var v2 = PngBaker.Bake(TestImages.CreatePng(8, 8), OpenBadgesVersion.V2, "v2 assertion");
        var both = PngBaker.Bake(v2, OpenBadgesVersion.V3, "v3 credential");

        Assert.Equal("v2 assertion", PngBaker.Unbake(both, BakingFormat.PngKeywordV2));
        Assert.Equal("v3 credential", PngBaker.Unbake(both, BakingFormat.PngKeywordV3));
    }

    [Fact]
    public void Unbake_reads_text_chunk()
    {
        var png = TestImages.InsertChunkBeforeIend(TestImages.CreatePng(8, 8), "tEXt", TestImages.TextChunkData("openbadges", "https://example.org/a.json"));

        Assert.Equal("https://example.org/a.json", PngBaker.Unbake(png, "openbadges"));
    }

    [Fact]
    public void Unbake_reads_compressed_ztxt_chunk()
    {
        var png = TestImages.InsertChunkBeforeIend(TestImages.CreatePng(8, 8), "zTXt", TestImages.CompressedTextChunkData("openbadges", AssertionJson.Replace("✓", "")));

        Assert.Equal(AssertionJson.Replace("✓", ""), PngBaker.Unbake(png, "openbadges"));
    }

    [Fact]
    public void Unbake_returns_null_without_badge()
    {
        Assert.Null(PngBaker.Unbake(TestImages.CreatePng(8, 8), "openbadges"));
    }

    [Fact]
    public void Bake_rejects_bad_signature()
    {
        var png = TestImages.CreatePng(8, 8);
        png[1] = (byte)'X';

        var error = Assert.Throws<InvalidBadgeImageException>(() => PngBaker.Bake(png, OpenBadgesVersion.V2, "x"));
        Assert.Contains("signature", error.Message);
    }

    [Fact]
    public void Bake_rejects_chunk_length_past_end()
    {
        var png = TestImages.CreatePng(8, 8);
        var truncated = png[..(png.Length - 20)];

        var error = Assert.Throws<InvalidBadgeImageException>(() => PngBaker.Bake(truncated, OpenBadgesVersion.V2, "x"));
        Assert.Contains("past the end", error.Message);
    }

    [Fact]
    public void Bake_rejects_bad_crc()
    {
        var png = TestImages.CreatePng(8, 8);
        png[8 + 8 + 2] ^= 0xFF; // A byte of the IHDR data: the width.

        var error = Assert.Throws<InvalidBadgeImageException>(() => PngBaker.Bake(png, OpenBadgesVersion.V2, "x"));
        Assert.Contains("CRC", error.Message);
        Assert.Contains("IHDR", error.Message);
    }

    [Fact]
    public void Bake_rejects_missing_iend()
    {
        var png = TestImages.CreatePng(8, 8);

        var error = Assert.Throws<InvalidBadgeImageException>(() => PngBaker.Bake(png[..^12], OpenBadgesVersion.V2, "x"));
        Assert.Contains("IEND", error.Message);
    }

    [Fact]
    public void Bake_rejects_pdf()
    {
        var pdf = "%PDF-1.7\n1 0 obj << /Type /Catalog >> endobj\n%%EOF"u8.ToArray();

        Assert.Throws<InvalidBadgeImageException>(() => PngBaker.Bake(pdf, OpenBadgesVersion.V2, "x"));
    }
}
