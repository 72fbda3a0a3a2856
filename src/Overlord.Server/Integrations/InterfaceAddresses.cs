using System.Net;
using System.Net.NetworkInformation;
using Overlord.Core.Results;

namespace Overlord.Server.Integrations;

/// <summary>
/// The address a service is announced with (reference section 10): the first address of a network interface of
/// the host running the node, or the first one inside a CIDR. As in the original, the interface is the host's
/// in both runtimes: an AppJail jail is reached through a host interface (an alias, or ports exposed on it).
/// </summary>
public static class InterfaceAddresses
{
    /// <summary>
    /// The address, or why there is none: <see cref="ErrorCodes.Invalid"/> for a bad CIDR, <see cref="ErrorCodes.NotFound"/>
    /// for an unknown interface or one without an address that fits (its message is the label's own wording).
    /// </summary>
    public static Result<string> Find(string interfaceName, string? network)
    {
        ArgumentNullException.ThrowIfNull(interfaceName);
        var range = network is null ? null : AddressRange.Parse(network);
        if (network is not null && range is null)
        {
            return Result.Failure<string>(ErrorCodes.Invalid, $"{network}: not an address or a network in CIDR notation.");
        }

        var adapter = NetworkInterface.GetAllNetworkInterfaces()
            .FirstOrDefault(candidate => string.Equals(candidate.Name, interfaceName, StringComparison.Ordinal));
        if (adapter is null)
        {
            return Result.Failure<string>(ErrorCodes.NotFound, $"{interfaceName}: Interface not found.");
        }

        var address = adapter.GetIPProperties().UnicastAddresses
            .Select(unicast => WithoutScope(unicast.Address))
            .FirstOrDefault(candidate => range is null || range.Contains(candidate));
        return address is null ? Result.Failure<string>(ErrorCodes.NotFound, "no IP address has been found.") : address.ToString();
    }

    /// <summary>A link-local IPv6 address without its <c>%scope</c>, as the original writes it.</summary>
    private static IPAddress WithoutScope(IPAddress address) => new(address.GetAddressBytes());
}
