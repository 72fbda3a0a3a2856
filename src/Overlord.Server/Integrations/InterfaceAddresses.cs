using System.Net;
using System.Net.NetworkInformation;

namespace Overlord.Server.Integrations;

/// <summary>
/// The address a service is announced with (reference section 10): the first address of a network interface of
/// the host running the node, or the first one inside a CIDR. As in the original, the interface is the host's
/// in both runtimes: an AppJail jail is reached through a host interface (an alias, or ports exposed on it).
/// </summary>
public static class InterfaceAddresses
{
    /// <summary>The address, or why there is none (<c>Error</c> set when the interface or the CIDR is bad).</summary>
    public static AddressLookup Find(string interfaceName, string? network)
    {
        ArgumentNullException.ThrowIfNull(interfaceName);
        var range = network is null ? null : AddressRange.Parse(network);
        if (network is not null && range is null)
        {
            return new AddressLookup(null, $"{network}: not an address or a network in CIDR notation.");
        }

        var adapter = NetworkInterface.GetAllNetworkInterfaces()
            .FirstOrDefault(candidate => string.Equals(candidate.Name, interfaceName, StringComparison.Ordinal));
        if (adapter is null)
        {
            return new AddressLookup(null, $"{interfaceName}: Interface not found.");
        }

        var address = adapter.GetIPProperties().UnicastAddresses
            .Select(unicast => WithoutScope(unicast.Address))
            .FirstOrDefault(candidate => range is null || range.Contains(candidate));
        return new AddressLookup(address?.ToString(), null);
    }

    /// <summary>A link-local IPv6 address without its <c>%scope</c>, as the original writes it.</summary>
    private static IPAddress WithoutScope(IPAddress address) => new(address.GetAddressBytes());
}
