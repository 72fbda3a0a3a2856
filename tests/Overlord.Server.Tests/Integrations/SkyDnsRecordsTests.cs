using System.Net;
using Overlord.Server.Integrations.SkyDns;

namespace Overlord.Server.Tests.Integrations;

public sealed class SkyDnsRecordsTests
{
    [Fact]
    public void PtrKey_Ipv6_IsEveryNibbleFromTheTop()
    {
        var records = new SkyDnsRecords("/skydns", SkyDnsZone.Parse(".")!, "id", "shop", "api");

        var key = records.PtrKey(IPAddress.Parse("2001:db8::1"));

        Assert.Equal("/skydns/arpa/ip6/2/0/0/1/0/d/b/8" + string.Concat(Enumerable.Repeat("/0", 23)) + "/1", key);
    }

    [Fact]
    public void PtrKey_Ipv4MappedAddress_IsTheIpv4Name()
    {
        var records = new SkyDnsRecords("/skydns/", SkyDnsZone.Parse(".")!, "id", "shop", "api");

        Assert.Equal("/skydns/arpa/in-addr/10/0/0/5", records.PtrKey(IPAddress.Parse("::ffff:10.0.0.5")));
    }

    [Theory]
    [InlineData("example.org.", "/org/example")]
    [InlineData("example.org", "/org/example")]
    [InlineData("Sub.Example.ORG.", "/ORG/Example/Sub")]
    [InlineData(".", "")]
    [InlineData("", "")]
    public void Zone_Path_IsTheLabelsReversed(string zone, string path)
    {
        Assert.Equal(path, SkyDnsZone.Parse(zone)!.Path);
    }

    [Theory]
    [InlineData("example..org")]
    [InlineData(".example.org")]
    public void Zone_WithAnEmptyLabel_IsRefused(string zone)
    {
        Assert.Null(SkyDnsZone.Parse(zone));
    }

    [Theory]
    [InlineData("Web_Front-1", "web_front-1")]
    [InlineData("-x", "-x")]
    [InlineData("w", null)]
    [InlineData("1web", null)]
    [InlineData("web.front", null)]
    public void Group_FollowsTheOriginalsRule_Lowercased(string group, string? expected)
    {
        Assert.Equal(expected, SkyDnsRecords.Group(group));
    }
}
