using Overlord.Agent.Convergence;
using static Overlord.Agent.Tests.Convergence.ConvergenceSpecs;

namespace Overlord.Agent.Tests.Convergence;

public sealed class SpecHashCacheTests
{
    private static readonly Dictionary<string, string> NoEnvironment = [];

    [Fact]
    public void Of_GivesWhatDeploymentHashesGives_ForEachEnvironmentOfTheSameSpec()
    {
        var cache = new SpecHashCache();
        var spec = Project("app.yml");
        var environments = new[] { NoEnvironment, new() { ["NODE"] = "eu" }, new() { ["NODE"] = "us" } };

        foreach (var environment in environments)
        {
            Assert.Equal(DeploymentHashes.Spec(spec, environment), cache.Of(spec, environment));
        }

        // Asked again, in another order: each environment keeps its own hash.
        foreach (var environment in environments.Reverse())
        {
            Assert.Equal(DeploymentHashes.Spec(spec, environment), cache.Of(spec, environment));
        }
    }

    [Fact]
    public void Of_SameSpecAndEnvironment_GivesTheKeptString()
    {
        var cache = new SpecHashCache();
        var spec = Metadata([("key", "value")]);

        Assert.Same(cache.Of(spec, NoEnvironment), cache.Of(spec, new Dictionary<string, string>()));
    }
}
