using System.Net;
using Microsoft.AspNetCore.HttpOverrides;
using IPNetwork = System.Net.IPNetwork;

namespace Linli.Hosting;

/// <summary>
/// Which reverse proxies may name the client (X-Forwarded-For) and the scheme (X-Forwarded-Proto):
/// setting Network:TrustedProxies, addresses and CIDR networks separated by commas
/// ("10.0.0.5, 10.1.0.0/16"). Unset, only loopback is trusted, as in ASP.NET Core. A forwarded
/// address from any other peer is ignored and the connection's own address stands, so a client
/// cannot choose the address its portal look-ups are counted against.
/// </summary>
public static class TrustedProxies
{
    public const string Setting = "Network:TrustedProxies";

    public static IServiceCollection AddTrustedProxies(this IServiceCollection services, IConfiguration config)
    {
        var listed = Parse(config[Setting]); // here, so a wrong entry stops the start, not the first request
        return services.Configure<ForwardedHeadersOptions>(o =>
        {
            o.ForwardedHeaders = ForwardedHeaders.XForwardedFor | ForwardedHeaders.XForwardedProto;
            // Through every trusted proxy of a chain (a balancer before nginx) to the first address that is not one.
            o.ForwardLimit = null;
            if (listed is null)
            {
                return; // ASP.NET Core's defaults: 127.0.0.0/8 and ::1
            }
            o.KnownProxies.Clear();
            o.KnownIPNetworks.Clear();
            foreach (var network in listed)
            {
                o.KnownIPNetworks.Add(network);
            }
        });
    }

    /// <summary>The networks listed (a single address is a /32 or /128), or null when the setting is empty.</summary>
    public static IReadOnlyList<IPNetwork>? Parse(string? setting)
    {
        var entries = (setting ?? "").Split([',', ';', ' '], StringSplitOptions.RemoveEmptyEntries);
        if (entries.Length == 0)
        {
            return null;
        }
        return entries.Select(entry =>
            IPNetwork.TryParse(entry, out var network) ? network
            : IPAddress.TryParse(entry, out var address) ? new IPNetwork(address, address.GetAddressBytes().Length * 8)
            : throw new InvalidOperationException(
                $"配置项 {Setting} 中的“{entry}”不是 IP 地址或 CIDR 网段 / \"{entry}\" in {Setting} is not an IP address or a CIDR network"))
            .ToList();
    }
}
