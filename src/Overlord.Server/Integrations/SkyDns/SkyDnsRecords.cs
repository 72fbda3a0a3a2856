using System.Globalization;
using System.Net;
using System.Net.Sockets;
using System.Text.RegularExpressions;

namespace Overlord.Server.Integrations.SkyDns;

/// <summary>
/// The etcd keys and values of a service's SkyDNS records (reference section 10.1), under <c>skydns.path</c>.
/// </summary>
/// <remarks>
/// The original keyed a node's A and SRV records by its server id alone
/// (<c>PATH/ZONE/GROUP/SERVERID/</c>), so two projects (or two services) of one node in one group overwrote each
/// other, and destroying one removed the other's record. Here each record sits one level deeper, under its
/// project and service (<c>PATH/ZONE/GROUP/SERVERID/PROJECT/SERVICE/</c>). SkyDNS and CoreDNS answer a name with
/// every record below it, so <c>GROUP.ZONE</c> and the SRV target <c>SERVERID.GROUP.ZONE</c> resolve as before.
/// </remarks>
internal sealed partial class SkyDnsRecords(string path, SkyDnsZone zone, string serverId, string project, string service)
{
    private static readonly string[] Ipv4Reverse = ["arpa", "in-addr"];
    private static readonly string[] Ipv6Reverse = ["arpa", "ip6"];
    private readonly string _root = path.TrimEnd('/');

    /// <summary>The group as used in keys and values (lowercased), or null when it does not match the original's rule.</summary>
    public static string? Group(string group) => GroupPattern().IsMatch(group) ? group.ToLowerInvariant() : null;

    /// <summary>Where every A/AAAA record of the group lives.</summary>
    public string GroupPrefix(string group) => $"{_root}{zone.Path}/{group}/";

    public string AddressKey(string group) => $"{GroupPrefix(group)}{serverId}/{project}/{service}/";

    public static string AddressValue(string address, int ttl, string group) =>
        SkyDnsValue.Format(("host", address), ("ttl", ttl), ("group", group));

    /// <summary>The reverse name's labels from the top (<c>/arpa/in-addr/10/0/0/5</c> for 10.0.0.5).</summary>
    public string PtrKey(IPAddress address)
    {
        ArgumentNullException.ThrowIfNull(address);
        if (address.IsIPv4MappedToIPv6)
        {
            address = address.MapToIPv4();
        }

        var bytes = address.GetAddressBytes();
        var labels = address.AddressFamily == AddressFamily.InterNetwork
            ? Ipv4Reverse.Concat(bytes.Select(part => part.ToString(CultureInfo.InvariantCulture)))
            : Ipv6Reverse.Concat(bytes.SelectMany(part => new[] { part >> 4, part & 0xF }).Select(nibble => nibble.ToString("x", CultureInfo.InvariantCulture)));
        return _root + string.Concat(labels.Select(label => "/" + label));
    }

    public string PtrValue(string group) => SkyDnsValue.Format(("host", zone.Qualify(group)), ("group", group));

    public string SrvKey(string group, string protocol, string srvService) =>
        $"{_root}{zone.Path}/{group}/_{protocol}/_{srvService}/{serverId}/{project}/{service}/";

    public string SrvValue(string group, SrvSettings srv) => SkyDnsValue.Format(
        ("host", zone.Qualify($"{serverId}.{group}")),
        ("port", srv.Port),
        ("priority", srv.Priority),
        ("weight", srv.Weight),
        ("ttl", srv.Ttl),
        ("group", group));

    [GeneratedRegex("^[a-zA-Z_-][a-zA-Z0-9_-]+$", RegexOptions.CultureInvariant | RegexOptions.NonBacktracking)]
    private static partial Regex GroupPattern();
}
