using Overlord.Core.Specs;

namespace Overlord.Core.Tests.Specs;

public sealed class CommonSpecTests
{
    [Fact]
    public void Load_ReadOnlyWithOnlyDatacenters_FillsEveryDefault()
    {
        var spec = SpecFixtures.LoadValid<ReadOnlySpec>("""
            kind: readOnly
            datacenters:
              main:
                entrypoint: http://controller:8888
                access_token: ""
              backup:
            deployIn:
              exclude: [maintenance]
            """);

        Assert.Equal(["main", "backup"], spec.DeployIn.Entrypoints);
        Assert.Equal(["all"], spec.DeployIn.Labels);
        Assert.Equal(["maintenance"], spec.DeployIn.Exclude);
        Assert.Equal(0, spec.MaximumDeployments);
        Assert.True(spec.Datacenters["main"].AccessToken!.IsEmpty);
        Assert.Equal(new DatacenterSpec(), spec.Datacenters["backup"]);
        Assert.Equal(120, spec.Datacenters["main"].ReadTimeout);
    }

    [Fact]
    public void Load_DatacenterTimeoutsAndChainEntrypoints_AreKept()
    {
        var spec = SpecFixtures.LoadValid<ReadOnlySpec>("""
            kind: readOnly
            maximumDeployments: 2
            datacenters:
              main:
                entrypoint: https://main.example.org:9331
                access_token: token
                timeout: 30
                connect_timeout: 5
                max_connections: 10
                cacert: /usr/local/etc/ssl/ca.pem
            deployIn:
              entrypoints:
                - main.alpha.charlie
                - main
                - main
            """);

        Assert.Equal(2, spec.MaximumDeployments);
        Assert.Equal(["main.alpha.charlie", "main"], spec.DeployIn.Entrypoints);
        Assert.Equal(30, spec.Datacenters["main"].Timeout);
        Assert.Equal(5, spec.Datacenters["main"].ConnectTimeout);
        Assert.Equal(10, spec.Datacenters["main"].MaxConnections);
        Assert.Equal("/usr/local/etc/ssl/ca.pem", spec.Datacenters["main"].Cacert);
    }

    [Fact]
    public void Load_UnknownKind_ListsTheFiveKinds()
    {
        var result = SpecFixtures.Load(SpecFixtures.Header + "kind: directorProjects\n");

        SpecFixtures.AssertError(result, "spec.yml:7:7: kind", "unknown kind 'directorProjects'; use one of: directorProject, metadata, vmJail, readOnly, appConfig");
    }

    [Fact]
    public void Load_MissingRequiredKeys_AreAllReportedAtOnce()
    {
        var result = SpecFixtures.Load("maximumDeployments: 1\n");

        SpecFixtures.AssertError(result, "spec.yml:1:1: kind", "is required but missing");
        SpecFixtures.AssertError(result, "spec.yml:1:1: datacenters", "is required but missing");
        SpecFixtures.AssertError(result, "spec.yml:1:1: deployIn", "is required but missing");
    }

    [Theory]
    [InlineData("maximumDeployments: -1", "spec.yml:8:21: maximumDeployments", "-1 is out of range; it must be at least 0")]
    [InlineData("maximumDeployments: many", "spec.yml:8:21: maximumDeployments", "expected an integer, got the string 'many'")]
    [InlineData("deployIn: {}", "spec.yml:8:11: deployIn", "is empty; give at least one of entrypoints, labels or exclude")]
    [InlineData("deployIn:\n  labels: [web, Edge_1]", "spec.yml:9:17: deployIn.labels[1]", "'Edge_1' is not valid; a label is lower-case letters")]
    [InlineData("deployIn:\n  exclude:\n    - db--old", "spec.yml:10:7: deployIn.exclude[0]", "'db--old' is not valid")]
    [InlineData("deployIn:\n  labels: []", "spec.yml:9:11: deployIn.labels", "the list is empty")]
    [InlineData("deployIn:\n  entrypoints: [backup.alpha]", "spec.yml:9:17: deployIn.entrypoints[0]", "starts with the datacenter 'backup', which is not under datacenters (defined: main)")]
    [InlineData("deployIn:\n  entrypoints: [main..alpha]", "spec.yml:9:17: deployIn.entrypoints[0]", "'main..alpha' is not a valid entry point")]
    [InlineData("deployIn:\n  label: [web]", "spec.yml:9:3: deployIn.label", "unknown key; allowed keys here: entrypoints, exclude, labels")]
    public void Load_InvalidDeployTargets_AreRefusedWithLocation(string tail, string location, string message)
    {
        var text = "kind: readOnly\ndatacenters:\n  main:\n    entrypoint: http://127.0.0.1:8888\n    access_token: token\n    timeout: 10\n    cacert: ~\n" + tail + "\n";
        if (!tail.StartsWith("deployIn", StringComparison.Ordinal))
        {
            text += "deployIn:\n  labels: [web]\n";
        }

        var result = SpecFixtures.Load(text);

        SpecFixtures.AssertError(result, location, message);
    }

    [Theory]
    [InlineData("  main:\n    read_timeout: slow", "spec.yml:4:19: datacenters.main.read_timeout", "expected an integer, got the string 'slow'")]
    [InlineData("  main:\n    access_tokens: abc", "spec.yml:4:5: datacenters.main.access_tokens", "unknown key; allowed keys here: access_token, cacert, connect_timeout")]
    [InlineData("  main.eu:\n    entrypoint: http://a", "spec.yml:3:3: datacenters.main.eu", "is not a valid datacenter name")]
    [InlineData("  main: [http://a]", "spec.yml:3:9: datacenters.main", "expected a mapping")]
    public void Load_InvalidDatacenters_AreRefusedWithLocation(string body, string location, string message)
    {
        var result = SpecFixtures.Load("kind: readOnly\ndatacenters:\n" + body + "\ndeployIn:\n  labels: [web]\n");

        SpecFixtures.AssertError(result, location, message);
    }

    [Fact]
    public void Load_UnknownTopLevelKey_ListsTheKindsKeys()
    {
        var result = SpecFixtures.Load(SpecFixtures.Header + "kind: readOnly\nprojectName: web\n");

        SpecFixtures.AssertError(result, "spec.yml:8:1: projectName", "unknown key; allowed keys here: datacenters, deployIn, kind, maximumDeployments");
    }

    [Theory]
    [InlineData("", "spec.yml:1:1", "a spec file is a mapping (kind:, datacenters:, deployIn:, ...), got an empty file")]
    [InlineData("- kind: readOnly\n", "spec.yml:1:1", "got a list")]
    [InlineData("kind: readOnly\nkind: metadata\n", "spec.yml:2:1", "the key 'kind' is defined twice")]
    [InlineData("kind: [readOnly\n", "spec.yml:2:1", "YAML syntax error")]
    public void Load_DocumentThatIsNoSpec_IsRefusedWithLocation(string text, string location, string message)
    {
        var result = SpecFixtures.Load(text);

        SpecFixtures.AssertError(result, location, message);
    }
}
