namespace ApprenantAgile.Badges.Baking;

/// <summary>
/// One chunk of a PNG file: <see cref="Offset"/> is where its 4-byte length field starts, and the whole
/// chunk (length, type, data, CRC) spans <see cref="TotalLength"/> bytes from there.
/// </summary>
public readonly record struct PngChunk(string Type, int Offset, int DataLength)
{
    public int DataOffset => Offset + 8;

    public int TotalLength => DataLength + 12;
}
