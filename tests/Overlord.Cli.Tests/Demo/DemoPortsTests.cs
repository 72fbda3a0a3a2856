using Overlord.Cli.Demo;
using Overlord.Core;

namespace Overlord.Cli.Tests.Demo;

public sealed class DemoPortsTests
{
    [Fact]
    public void Allocate_WithBase_CountsUpFromIt()
    {
        Assert.Equal([8400, 8401, 8402, 8403, 8404], DemoPorts.Allocate(8400, 5));
    }

    [Theory]
    [InlineData(0)]
    [InlineData(65532)]
    public void Allocate_BaseWhosePortsLeaveTheRange_IsAUsageError(int basePort)
    {
        var error = Assert.Throws<OverlordException>(() => DemoPorts.Allocate(basePort, 5));

        Assert.Equal(ExitCodes.Usage, error.ExitCode);
    }

    [Fact]
    public void Allocate_WithoutBase_GivesDistinctPorts()
    {
        var ports = DemoPorts.Allocate(null, 5);

        Assert.Equal(5, ports.Distinct().Count());
        Assert.All(ports, port => Assert.InRange(port, 1, 65535));
    }
}
