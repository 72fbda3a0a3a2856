using Overlord.Core.Specs;

namespace Overlord.Core.Tests.Specs;

public sealed class AutoScaleSpecTests
{
    // The project keys take lines 7 to 10; autoScale starts on line 10.
    private const string Project = SpecFixtures.Header + """
        kind: directorProject
        projectName: hello
        projectFromMetadata: hello
        autoScale:

        """;

    [Fact]
    public void Load_FullAutoScale_ReadsEverySection()
    {
        var scale = SpecFixtures.LoadValid<DirectorProjectSpec>(Project + """
              replicas:
                min: 3
                max: 8
              type: percent-jail
              value: 80
              rules:
                pcpu: 70
                memoryuse: 512m
              economy:
                vmemoryuse: 1G
                maxproc: 500
              labels: [web, edge]
              metadata:
                - hello.conf
              load-balancer:
                backend:
                  name: web
                  rules:
                    or:
                      scur:
                        value: 100
                      status:
                        value: UP
                      rate:
                        value: [10, 50]
                        each: 1000
            """).AutoScale!;

        Assert.Equal(new ReplicasSpec { Min = 3, Max = 8 }, scale.Replicas);
        Assert.Equal(AutoScaleType.PercentJail, scale.Type);
        Assert.Equal(80, scale.Value);
        Assert.Equal(new ResourceThreshold("pcpu", 70, "70"), scale.Rules["pcpu"]);
        Assert.Equal(new ResourceThreshold("memoryuse", 512L * 1024 * 1024, "512m"), scale.Rules["memoryuse"]);
        Assert.Equal(1L << 30, scale.Economy["vmemoryuse"].Value);
        Assert.Equal(["web", "edge"], scale.Labels);
        Assert.Equal(["hello.conf"], scale.Metadata);
        var backend = scale.LoadBalancer!.Backend!;
        Assert.Equal("web", backend.Name);
        Assert.Equal(100, backend.Rules["or"]["scur"].Value.Number);
        Assert.Equal("UP", backend.Rules["or"]["status"].Value.Text);
        Assert.Equal((10L, 50L), backend.Rules["or"]["rate"].Value.Range);
        Assert.Equal(1000, backend.Rules["or"]["rate"].Each);
    }

    [Fact]
    public void Load_MinimalAutoScale_FillsDefaults()
    {
        var scale = SpecFixtures.LoadValid<DirectorProjectSpec>(Project + """
              rules:
                pcpu: 50
            """).AutoScale!;

        Assert.Equal(1, scale.Replicas.Min);
        Assert.Null(scale.Replicas.Max);
        Assert.Equal(AutoScaleType.AnyJail, scale.Type);
        Assert.Equal(["all"], scale.Labels);
        Assert.Empty(scale.Metadata);
    }

    [Fact]
    public void Load_EmptyAutoScale_MeansNoAutoScaling()
    {
        var project = SpecFixtures.LoadValid<DirectorProjectSpec>(Project.TrimEnd() + " {}\n");

        Assert.Null(project.AutoScale);
    }

    [Fact]
    public void Load_AutoScaledProjectWhoseNameIsNoMetadataKey_IsRefused()
    {
        var result = SpecFixtures.Load(Project.Replace("projectName: hello", "projectName: a_b-2", StringComparison.Ordinal) + "  rules: {pcpu: 50}\n");

        SpecFixtures.AssertError(result, "spec.yml:8:14: projectName", "'a_b-2' cannot be autoscaled: the project is stored as the metadata key overlord.autoscale.a_b-2");
    }

    [Theory]
    [InlineData("  replicas:\n    min: 0", "spec.yml:12:10: autoScale.replicas.min", "0 is out of range; it must be at least 1")]
    [InlineData("  replicas:\n    min: 4\n    max: 2", "spec.yml:13:10: autoScale.replicas.max", "2 is less than replicas.min (4)")]
    [InlineData("  type: percent-project", "spec.yml:11:3: autoScale.value", "is required when type is percent-project")]
    [InlineData("  type: percent-jail\n  value: half", "spec.yml:12:10: autoScale.value", "expected an integer, got the string 'half'")]
    [InlineData("  type: busiest", "spec.yml:11:9: autoScale.type", "unknown type 'busiest'; use one of: any-jail, any-project, average, percent-jail, percent-project")]
    [InlineData("  rules:\n    memoryuse: lots", "spec.yml:12:16: autoScale.rules.memoryuse", "'lots' is not a size")]
    [InlineData("  rules:\n    maxproc: 10k", "spec.yml:12:14: autoScale.rules.maxproc", "expected an integer 0 or more, got the string '10k'")]
    [InlineData("  economy:\n    cpus: 4", "spec.yml:12:5: autoScale.economy.cpus", "invalid resource 'cpus'; allowed rctl resources: datasize")]
    [InlineData("  labels: []", "spec.yml:11:11: autoScale.labels", "the list is empty")]
    [InlineData("  labels: [Web]", "spec.yml:11:12: autoScale.labels[0]", "a label is lower-case")]
    [InlineData("  metadata: [bad key]", "spec.yml:11:14: autoScale.metadata[0]", "a metadata key is letters")]
    [InlineData("  load-balancer:\n    backend:\n      rules:\n        or:\n          scur:\n            value: [5, 1]", "spec.yml:13:7: autoScale.load-balancer.backend.name", "is required but missing")]
    [InlineData("  load-balancer:\n    backend:\n      name: web\n      rules:\n        or:\n          scur:\n            value: [5, 1]", "spec.yml:17:20: autoScale.load-balancer.backend.rules.or.scur.value", "the range [5, 1] starts after it ends")]
    [InlineData("  load-balancer:\n    backend:\n      name: web\n      rules:\n        xor: {}", "spec.yml:15:9: autoScale.load-balancer.backend.rules.xor", "unknown key; allowed keys here: and, or")]
    [InlineData("  load-balancer:\n    sideend: {}", "spec.yml:12:5: autoScale.load-balancer.sideend", "allowed keys here: backend, frontend")]
    [InlineData("  replica: 2", "spec.yml:11:3: autoScale.replica", "unknown key; allowed keys here:")]
    public void Load_InvalidAutoScale_IsRefusedWithLocation(string body, string location, string message)
    {
        var result = SpecFixtures.Load(Project + body + "\n");

        SpecFixtures.AssertError(result, location, message);
    }
}
