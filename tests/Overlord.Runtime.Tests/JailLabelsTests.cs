using Overlord.Core.Results;
using Overlord.Runtime.Director;

namespace Overlord.Runtime.Tests;

public sealed class JailLabelsTests
{
    private static readonly Dictionary<string, string> NoEnvironment = [];

    [Fact]
    public void FromOptions_GlobalAndServiceOptions_ServiceWins()
    {
        var (file, service) = Parse("""
            options:
              - label: "overlord.skydns:1"
              - label: "overlord.skydns.group:global"
            services:
              web:
                options:
                  - virtualnet: ':<random> default'
                  - label: "overlord.skydns.group:web"
            """);

        var labels = JailLabels.FromOptions(file, service);

        Assert.True(labels.IsSuccess);
        Assert.Equal(new Dictionary<string, string> { ["overlord.skydns"] = "1", ["overlord.skydns.group"] = "web" }, labels.Value);
    }

    [Fact]
    public void FromOptions_ResetOptions_IgnoresGlobalOptions()
    {
        var (file, service) = Parse("""
            options:
              - label: "overlord.skydns:1"
            services:
              web:
                reset_options: true
                options:
                  - label: "overlord.load-balancer:1"
            """);

        var labels = JailLabels.FromOptions(file, service).Value;

        Assert.Equal(["overlord.load-balancer"], labels?.Keys);
    }

    [Fact]
    public void FromOptions_SplitsAtTheFirstColon_ValueMayHoldColonsOrBeEmpty()
    {
        var (file, service) = Parse("""
            services:
              web:
                options:
                  - label: "overlord.load-balancer.set.check:\"enabled\""
                  - label: "overlord.skydns.interface.address:fd00::/8"
                  - label: "  overlord.skydns.ptr"
            """);

        var labels = JailLabels.FromOptions(file, service).Value ?? throw new InvalidOperationException("no labels");

        Assert.Equal("\"enabled\"", labels["overlord.load-balancer.set.check"]);
        Assert.Equal("fd00::/8", labels["overlord.skydns.interface.address"]);
        Assert.Equal("", labels["overlord.skydns.ptr"]);
    }

    [Theory]
    [InlineData("Overlord.skydns:1", "Overlord.skydns")]
    [InlineData("overlord..skydns:1", "overlord..skydns")]
    [InlineData(":1", "")]
    public void FromOptions_InvalidName_IsAnErrorNamingIt(string option, string name)
    {
        var (file, service) = Parse($"services:\n  web:\n    options:\n      - label: \"{option}\"\n");

        var error = JailLabels.FromOptions(file, service).Error;

        Assert.Equal($"Invalid label name '{name}'", error?.Message);
        Assert.Equal(ErrorCodes.Invalid, error?.Code);
    }

    private static (DirectorFile File, DirectorService Service) Parse(string yaml)
    {
        var parsed = DirectorFileParser.Parse(yaml, NoEnvironment);
        Assert.True(parsed.Succeeded, parsed.Describe());
        return (parsed.File!, Assert.Single(parsed.File!.Services));
    }
}
