using System.Net;
using System.Net.Sockets;

namespace ApprenantAgile.Badges.Verification;

/// <summary>Tells public Internet addresses from loopback, private, link-local, multicast and other reserved ranges.</summary>
public static class PublicAddressGuard
{
    public static bool IsPublic(IPAddress address)
    {
        if (address.IsIPv4MappedToIPv6)
        {
            address = address.MapToIPv4();
        }

        if (IPAddress.IsLoopback(address) || address.Equals(IPAddress.Any) || address.Equals(IPAddress.IPv6Any))
        {
            return false;
        }

        if (address.AddressFamily == AddressFamily.InterNetworkV6)
        {
            return !(address.IsIPv6LinkLocal || address.IsIPv6SiteLocal || address.IsIPv6Multicast || address.IsIPv6UniqueLocal);
        }

        var b = address.GetAddressBytes();
        return b[0] switch
        {
            0 or 10 or 127 => false,
            100 when b[1] >= 64 && b[1] <= 127 => false,
            169 when b[1] == 254 => false,
            172 when b[1] >= 16 && b[1] <= 31 => false,
            192 when b[1] == 168 => false,
            192 when b[1] == 0 && b[2] == 0 => false,
            198 when b[1] == 18 || b[1] == 19 => false,
            >= 224 => false,
            _ => true,
        };
    }
}
