using System.Net;
using System.Net.Sockets;
using Linli.Core.Common.Privacy;

namespace Linli.Core.Features.Requests;

/// <summary>
/// The client of a public look-up (portal or /services/track) as the failure rows record it: a keyed hash (the data key's
/// search-hash subkey, as for ID and phone numbers) of the address, so the address itself is never
/// stored. An IPv6 client counts by its /64 network, since one subscriber holds a whole /64; an
/// IPv4-mapped IPv6 address counts as its IPv4 address.
/// </summary>
public static class TrackClient
{
    public static byte[] Hash(FieldProtector protector, IPAddress? address) => protector.Hash("track-client:" + Key(address));

    public static string Key(IPAddress? address)
    {
        if (address is null)
        {
            return "unknown"; // not over HTTP (tests, tools): one shared client
        }
        if (address.IsIPv4MappedToIPv6)
        {
            address = address.MapToIPv4();
        }
        if (address.AddressFamily != AddressFamily.InterNetworkV6)
        {
            return address.ToString();
        }
        var bytes = address.GetAddressBytes();
        bytes.AsSpan(8).Clear();
        return new IPAddress(bytes) + "/64";
    }
}
