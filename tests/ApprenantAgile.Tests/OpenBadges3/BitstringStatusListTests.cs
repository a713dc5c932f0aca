using ApprenantAgile.Badges.OpenBadges.V3;
using ApprenantAgile.Tests.JsonLd;

namespace ApprenantAgile.Tests.OpenBadges3;

public sealed class BitstringStatusListTests
{
    [Fact]
    public void Decodes_dcc_status_list()
    {
        var list = OpenBadges3Fixtures.ReadObject("dcc/status-list-e5WK8CbZ1GjycuPombrj.json");

        var bits = BitstringStatusList.Decode(list["credentialSubject"]!["encodedList"]!.GetValue<string>());

        Assert.Equal(12_500, bits.Length);
        Assert.True(BitstringStatusList.IsSet(bits, 2));
        Assert.True(BitstringStatusList.IsSet(bits, 8));
        Assert.False(BitstringStatusList.IsSet(bits, 9));
        Assert.False(BitstringStatusList.IsSet(bits, 0));
    }

    [Fact]
    public void Encode_round_trips_first_and_last_bits()
    {
        var encoded = BitstringStatusList.Encode([0, 7, 8, OpenBadgesV3.StatusListLength - 1]);

        var bits = BitstringStatusList.Decode(encoded);

        Assert.StartsWith("u", encoded);
        Assert.Equal(OpenBadgesV3.StatusListLength / 8, bits.Length);
        Assert.Equal(0x81, bits[0]);
        Assert.Equal(0x80, bits[1]);
        Assert.Equal(0x01, bits[^1]);
        Assert.Null(BitstringStatusList.IsSet(bits, OpenBadgesV3.StatusListLength));
    }

    [Fact]
    public void Decode_rejects_missing_multibase_prefix()
    {
        Assert.Throws<FormatException>(() => BitstringStatusList.Decode("H4sIAAAAAAAA"));
    }
}
