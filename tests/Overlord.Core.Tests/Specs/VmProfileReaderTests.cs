using System.Text.Json.Nodes;
using Overlord.Core.Specs.Reading;

namespace Overlord.Core.Tests.Specs;

/// <summary>A POST vm body read with the vmJail rules of spec files.</summary>
public sealed class VmProfileReaderTests
{
    private const string Profile = """
        {"makejail": "vm.makejail", "template": {"loader": "uefi", "cpus": 2},
         "diskLayout": {"driver": "nvme", "size": "10G", "from": {"type": "img"}},
         "vmName": "ignored", "restart": true}
        """;

    [Fact]
    public void Read_TakesTheNameGivenAndIgnoresKeysThatAreNotVmJailKeys()
    {
        var result = VmProfileReader.Read("vm1", JsonNode.Parse(Profile)!.AsObject());

        Assert.Empty(result.Errors);
        Assert.Equal("vm1", result.Spec!.VmName);
        Assert.Equal("2", result.Spec.Template["cpus"]);
    }

    [Fact]
    public void Read_ReportsEveryErrorWithItsPath_InBodyOrder()
    {
        var body = JsonNode.Parse("""{"makejail": 1, "template": {"loader": "uefi"}, "diskLayout": {"driver": "ide", "size": "10G", "from": {"type": "img"}}}""")!.AsObject();

        var result = VmProfileReader.Read("vm1", body);

        Assert.Null(result.Spec);
        Assert.Equal(2, result.Errors.Count);
        Assert.StartsWith("makejail: ", result.Errors[0], StringComparison.Ordinal);
        Assert.StartsWith("diskLayout.driver: unknown driver 'ide'", result.Errors[1], StringComparison.Ordinal);
    }

    [Fact]
    public void Read_RefusesANameOutsideTheVmPattern()
    {
        var result = VmProfileReader.Read("a", JsonNode.Parse(Profile)!.AsObject());

        Assert.Equal("vmName", Assert.Single(result.Errors).Split(':')[0]);
    }
}
