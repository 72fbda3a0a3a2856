using Overlord.Client.Deployment;
using Overlord.Core.Environment;
using Overlord.Core.Specs;
using Overlord.Core.Specs.Reading;
using Overlord.Server.Autoscale;

namespace Overlord.Server.Tests.Autoscale;

public sealed class AutoscaleDocumentReaderTests
{
    [Fact]
    public void Read_WhatApplyWrites_GivesTheSameAutoScale()
    {
        var spec = Load("""
            autoScale:
              replicas: {min: 2, max: 4}
              type: percent-project
              value: 60
              rules: {memoryuse: 512m}
              labels: [web]
              metadata: [Makejail]
              load-balancer:
                backend: {name: web, rules: {or: {scur: {value: [5, 10], each: 100}, status: {value: DOWN}}}}
            reserve_port: {em0: 10.0.0.0/24}
            """);
        var text = DeployPlanner.AutoscaleMetadata(spec, "services: {}\n", new Dictionary<string, string> { ["A"] = "${NOT_SUBSTITUTED}" });

        var read = AutoscaleDocumentReader.Read("web", text);

        Assert.True(read.IsSuccess, read.Error?.Message);
        var document = read.Value;
        Assert.Equal("services: {}\n", document.ProjectFile);
        Assert.Equal("${NOT_SUBSTITUTED}", document.Environment["A"]);
        Assert.Equal("10.0.0.0/24", document.ReservePort["em0"]);
        Assert.Equal(spec.AutoScale!.Replicas, document.Scale.Replicas);
        Assert.Equal(AutoScaleType.PercentProject, document.Scale.Type);
        Assert.Equal(512L * 1024 * 1024, document.Scale.Rules["memoryuse"].Value);
        Assert.Equal(["web"], document.Scale.Labels);
        Assert.Equal((5L, 10L), document.Scale.LoadBalancer!.Backend!.Rules["or"]["scur"].Value.Range);
        Assert.Equal("DOWN", document.Scale.LoadBalancer.Backend.Rules["or"]["status"].Value.Text);
    }

    [Fact]
    public void Read_SizesAsTheOriginalsClientWroteThem_AreBytes()
    {
        var read = AutoscaleDocumentReader.Read("web", """{"projectFile": "x", "autoScale": {"rules": {"memoryuse": "1k"}}}""");

        Assert.True(read.IsSuccess, read.Error?.Message);
        Assert.Equal(1024, read.Value.Scale.Rules["memoryuse"].Value);
    }

    [Fact]
    public void Read_AnEmptyAutoScale_MeansEveryDefault()
    {
        var document = AutoscaleDocumentReader.Read("web", """{"projectFile": "x", "environment": null, "autoScale": {}}""").Value;

        Assert.Equal(1, document!.Scale.Replicas.Min);
        Assert.Equal(["all"], document.Scale.Labels);
    }

    [Fact]
    public void Read_WithoutProjectFile_SaysSo_AndNamesTheField()
    {
        var error = AutoscaleDocumentReader.Read("web", """{"autoScale": {}}""").Error;

        Assert.Equal("'projectFile' is required but hasn't been specified.", error?.Message);
        Assert.Equal("projectFile", error?.Location?.Field);
    }

    [Fact]
    public void Read_NotJson_SaysSo() =>
        Assert.StartsWith("the metadata is not JSON", AutoscaleDocumentReader.Read("web", "{nope").Error?.Message, StringComparison.Ordinal);

    [Fact]
    public void Read_AnInvalidRule_NamesTheField()
    {
        var read = AutoscaleDocumentReader.Read("web", """{"projectFile": "x", "autoScale": {"rules": {"bogus": 1}}}""");

        Assert.False(read.IsSuccess);
        Assert.Contains("bogus", read.Error.Message, StringComparison.Ordinal);
    }

    private static DirectorProjectSpec Load(string extra)
    {
        var text = $$"""
            kind: directorProject
            datacenters:
              main: {entrypoint: 'http://127.0.0.1:1', access_token: t}
            deployIn: {labels: [web]}
            projectName: web
            projectFile: "services: {}\n"
            {{extra}}
            """;
        var result = SpecLoader.Load(text, "spec.yml", VariableSource.Empty, Path.GetTempPath());
        Assert.False(result.Failed, string.Join("\n", result.Diagnostics.Errors));
        return (DirectorProjectSpec)result.Spec!;
    }
}
