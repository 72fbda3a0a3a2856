using System.Globalization;
using System.Net;
using System.Net.Sockets;

namespace Overlord.Server.Integrations;

/// <summary>
/// A network in CIDR notation (<c>10.0.0.0/24</c>, <c>fd00::/8</c>); a bare address is a single host. Host bits
/// may be set (<c>10.0.0.7/24</c>), as Python's <c>ip_network(strict=False)</c> in the original allows.
/// </summary>
public sealed record AddressRange(IPAddress Network, int PrefixLength)
{
    public static AddressRange? Parse(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var slash = text.IndexOf('/', StringComparison.Ordinal);
        var addressText = (slash < 0 ? text : text[..slash]).Trim();
        // IPAddress also takes legacy IPv4 forms (10.0.0 for 10.0.0.0); Python's ipaddress does not.
        var dotted = addressText.Contains(':', StringComparison.Ordinal) || addressText.Count(character => character == '.') == 3;
        if (!dotted || !IPAddress.TryParse(addressText, out var address))
        {
            return null;
        }

        var bits = address.AddressFamily == AddressFamily.InterNetwork ? 32 : 128;
        var prefix = bits;
        if (slash >= 0 && !(int.TryParse(text[(slash + 1)..].Trim(), NumberStyles.None, CultureInfo.InvariantCulture, out prefix) && prefix <= bits))
        {
            return null;
        }

        return new AddressRange(address, prefix);
    }

    public bool Contains(IPAddress address)
    {
        ArgumentNullException.ThrowIfNull(address);
        if (address.AddressFamily != Network.AddressFamily)
        {
            return false;
        }

        var wanted = Network.GetAddressBytes();
        var actual = address.GetAddressBytes();
        for (var bit = 0; bit < PrefixLength; bit++)
        {
            var mask = 0x80 >> (bit % 8);
            if ((wanted[bit / 8] & mask) != (actual[bit / 8] & mask))
            {
                return false;
            }
        }

        return true;
    }

    public override string ToString() => $"{Network}/{PrefixLength}";
}
