using ApprenantAgile.Badges.Applications.Evidence;

namespace ApprenantAgile.Tests.Applications;

public sealed class EvidenceFileSnifferTests
{
    public static TheoryData<byte[], string?> Signatures => new()
    {
        { [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0, 0], "image/png" },
        { [0xFF, 0xD8, 0xFF, 0xE0, 0, 0x10], "image/jpeg" },
        { "GIF89a\x01\0"u8.ToArray(), "image/gif" },
        { "RIFF\x10\0\0\0WEBPVP8 "u8.ToArray(), "image/webp" },
        { "%PDF-1.4\n"u8.ToArray(), "application/pdf" },
        { "ID3\x04\0\0\0\0\0\0"u8.ToArray(), "audio/mpeg" },
        { [0xFF, 0xFB, 0x90, 0x64], "audio/mpeg" },
        { "OggS\0\x02"u8.ToArray(), "audio/ogg" },
        { "RIFF\x24\0\0\0WAVEfmt "u8.ToArray(), "audio/wav" },
        { [0, 0, 0, 0x18, 0x66, 0x74, 0x79, 0x70, 0x6D, 0x70, 0x34, 0x32], "video/mp4" },
        { [0x1A, 0x45, 0xDF, 0xA3, 0x9F, 0x42, 0x86, 0x81, 0x01, 0x42, 0x82, 0x84, 0x77, 0x65, 0x62, 0x6D], "video/webm" },
        { [0x1A, 0x45, 0xDF, 0xA3, 0x9F, 0x42, 0x82, 0x88, 0x6D, 0x61, 0x74, 0x72, 0x6F, 0x73, 0x6B, 0x61], null },
        { "<!DOCTYPE html><html>"u8.ToArray(), null },
        { "<svg xmlns=\"http://www.w3.org/2000/svg\"/>"u8.ToArray(), null },
        { "RIFF\x10\0\0\0AVI LIST"u8.ToArray(), null },
        { [0xFF, 0xF1, 0x50, 0x80], null },
        { [], null },
    };

    [Theory]
    [MemberData(nameof(Signatures))]
    public void Detect_BySignature(byte[] header, string? expectedContentType)
    {
        Assert.Equal(expectedContentType, EvidenceFileSniffer.Detect(header)?.ContentType);
    }
}
