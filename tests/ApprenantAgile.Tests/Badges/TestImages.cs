using System.Buffers.Binary;
using System.IO.Compression;
using System.IO.Hashing;
using System.Text;
using SixLabors.ImageSharp;
using SixLabors.ImageSharp.PixelFormats;

namespace ApprenantAgile.Tests.Badges;

/// <summary>PNG and SVG inputs built in memory for the baking and upload tests.</summary>
internal static class TestImages
{
    public const string CleanSvg = """
        <?xml version="1.0" encoding="UTF-8"?>
        <svg xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink" viewBox="0 0 100 100" width="100" height="100">
          <defs><linearGradient id="g"><stop offset="0" stop-color="#fff"/><stop offset="1" stop-color="#039"/></linearGradient></defs>
          <title>Badge Apprenant Agile</title>
          <circle id="c" cx="50" cy="50" r="40" fill="url(#g)" style="stroke: #000; stroke-width: 2"/>
          <use xlink:href="#c" transform="scale(0.5)"/>
          <image href="data:image/png;base64,iVBORw0KGgo=" width="1" height="1"/>
        </svg>
        """;

    /// <summary>Encodes a PNG of the given size with ImageSharp; pixels form a gradient so that any change shows.</summary>
    public static byte[] CreatePng(int width, int height)
    {
        using var image = new Image<Rgba32>(width, height);
        for (var y = 0; y < height; y++)
        {
            for (var x = 0; x < width; x++)
            {
                image[x, y] = new Rgba32((byte)x, (byte)y, (byte)(x ^ y), 255);
            }
        }

        using var output = new MemoryStream();
        image.SaveAsPng(output);
        return output.ToArray();
    }

    /// <summary>
    /// Builds a valid PNG file structure by hand: signature, IHDR with the given size (8-bit grayscale),
    /// one small IDAT and IEND. A 20000 × 20000 header takes a few dozen bytes this way.
    /// </summary>
    public static byte[] CreatePngHeaderOnly(int width, int height)
    {
        var ihdr = new byte[13];
        BinaryPrimitives.WriteInt32BigEndian(ihdr, width);
        BinaryPrimitives.WriteInt32BigEndian(ihdr.AsSpan(4), height);
        ihdr[8] = 8;

        using var idat = new MemoryStream();
        using (var zlib = new ZLibStream(idat, CompressionLevel.SmallestSize, leaveOpen: true))
        {
            zlib.Write(new byte[64]);
        }

        using var png = new MemoryStream();
        png.Write([0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A]);
        WriteChunk(png, "IHDR", ihdr);
        WriteChunk(png, "IDAT", idat.ToArray());
        WriteChunk(png, "IEND", []);
        return png.ToArray();
    }

    /// <summary>Inserts a chunk before IEND (which must be the last 12 bytes), with a correct CRC.</summary>
    public static byte[] InsertChunkBeforeIend(byte[] png, string type, byte[] data)
    {
        using var output = new MemoryStream();
        output.Write(png, 0, png.Length - 12);
        WriteChunk(output, type, data);
        output.Write(png, png.Length - 12, 12);
        return output.ToArray();
    }

    public static byte[] TextChunkData(string keyword, string text) =>
        [.. Encoding.Latin1.GetBytes(keyword), 0, .. Encoding.Latin1.GetBytes(text)];

    public static byte[] CompressedTextChunkData(string keyword, string text)
    {
        using var compressed = new MemoryStream();
        using (var zlib = new ZLibStream(compressed, CompressionLevel.Optimal, leaveOpen: true))
        {
            zlib.Write(Encoding.Latin1.GetBytes(text));
        }

        return [.. Encoding.Latin1.GetBytes(keyword), 0, 0, .. compressed.ToArray()];
    }

    private static void WriteChunk(Stream output, string type, byte[] data)
    {
        Span<byte> length = stackalloc byte[4];
        BinaryPrimitives.WriteInt32BigEndian(length, data.Length);
        output.Write(length);

        byte[] typeAndData = [.. Encoding.ASCII.GetBytes(type), .. data];
        output.Write(typeAndData);

        Span<byte> crc = stackalloc byte[4];
        BinaryPrimitives.WriteUInt32BigEndian(crc, Crc32.HashToUInt32(typeAndData));
        output.Write(crc);
    }
}
