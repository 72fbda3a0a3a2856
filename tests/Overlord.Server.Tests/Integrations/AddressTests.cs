using System.Net;
using Overlord.Core.Results;
using Overlord.Server.Integrations;
using Overlord.Server.Tests.Support;

namespace Overlord.Server.Tests.Integrations;

public sealed class AddressTests
{
    [Theory]
    [InlineData("10.0.0.0/24", "10.0.0.200", true)]
    [InlineData("10.0.0.7/24", "10.0.0.1", true)]
    [InlineData("10.0.0.0/24", "10.0.1.1", false)]
    [InlineData("10.0.0.5", "10.0.0.5", true)]
    [InlineData("10.0.0.5", "10.0.0.6", false)]
    [InlineData("fd00::/8", "fd12::1", true)]
    [InlineData("fd00::/8", "10.0.0.1", false)]
    [InlineData("0.0.0.0/0", "192.0.2.1", true)]
    public void AddressRange_Contains_AsPythonsIpNetworkNotStrict(string network, string address, bool contained)
    {
        var range = AddressRange.Parse(network);

        Assert.Equal(contained, range!.Contains(IPAddress.Parse(address)));
    }

    [Theory]
    [InlineData("10.0.0.0/33")]
    [InlineData("10.0.0/24")]
    [InlineData("web")]
    [InlineData("10.0.0.0/-1")]
    public void AddressRange_Invalid_IsNull(string network)
    {
        Assert.Null(AddressRange.Parse(network));
    }

    [Fact]
    public void Find_LoopbackInItsNetwork_IsTheLoopbackAddress()
    {
        var lookup = InterfaceAddresses.Find(Loopback.Name, "127.0.0.0/8");

        Assert.Equal("127.0.0.1", lookup.Value);
    }

    [Fact]
    public void Find_UnknownInterface_IsAnError()
    {
        var lookup = InterfaceAddresses.Find("nosuch0", null);

        Assert.Equal(new OverlordError(ErrorCodes.NotFound, "nosuch0: Interface not found."), lookup.Error);
    }

    [Fact]
    public void Find_BadNetwork_IsAnError()
    {
        var lookup = InterfaceAddresses.Find(Loopback.Name, "lan");

        Assert.Equal(new OverlordError(ErrorCodes.Invalid, "lan: not an address or a network in CIDR notation."), lookup.Error);
    }
}
