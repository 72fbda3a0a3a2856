using Overlord.Agent.Convergence;

namespace Overlord.Agent.Tests.Convergence;

public sealed class DeploymentHashesTests
{
    private static readonly Dictionary<string, string> Held = new() { ["a"] = "1", ["b"] = "2" };

    [Fact]
    public void Reads_NothingRead_IsTheHashOfNoKeys_AndOneSharedString()
    {
        // Keys all read live leave no key in the text either: the same hash as reading none.
        var noneLeft = DeploymentHashes.Reads(MetadataReadSet.Of(["a"]), Held, new HashSet<string> { "a" });
        var none = DeploymentHashes.Reads(MetadataReadSet.None, Held, new HashSet<string>());

        Assert.Equal(noneLeft, none);
        Assert.Same(none, DeploymentHashes.Reads(MetadataReadSet.Of([]), Held, new HashSet<string>()));
    }

    [Fact]
    public void Reads_KeysOrEverything_DifferFromNothingRead()
    {
        var none = DeploymentHashes.Reads(MetadataReadSet.None, Held, new HashSet<string>());

        Assert.NotEqual(none, DeploymentHashes.Reads(MetadataReadSet.Of(["a"]), Held, new HashSet<string>()));
        Assert.NotEqual(none, DeploymentHashes.Reads(MetadataReadSet.All, Held, new HashSet<string>()));
    }
}
