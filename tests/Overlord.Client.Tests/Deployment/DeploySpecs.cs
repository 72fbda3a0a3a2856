using Overlord.Core.Environment;
using Overlord.Core.Specs;
using Overlord.Core.Specs.Reading;

namespace Overlord.Client.Tests.Deployment;

/// <summary>Specs for the deployment tests, loaded from YAML as an operator writes them.</summary>
internal static class DeploySpecs
{
    public const string Datacenters = """
        datacenters:
          main:
            entrypoint: http://127.0.0.1:1
            access_token: token
        """;

    public static Spec Load(string yaml)
    {
        var result = SpecLoader.Load(yaml, "spec.yml", VariableSource.Empty, Path.GetTempPath());
        Assert.True(result.Spec is not null, string.Join("\n", result.Diagnostics.Errors));
        return result.Spec!;
    }

    /// <summary>A project named app with the given extra keys, on nodes labelled <c>web</c> of datacenter main by default.</summary>
    public static Spec Project(string extra = "", string deployIn = "deployIn:\n  labels: [web]")
    {
        var file = extra.Contains("projectFromMetadata", StringComparison.Ordinal) ? "" : "projectFile: \"services: {}\\n\"\n";
        return Load($"kind: directorProject\n{Datacenters}\n{deployIn}\nprojectName: app\n{file}{extra}\n");
    }

    /// <summary>Any kind with only the common keys plus <paramref name="extra"/>.</summary>
    public static Spec Kind(string kind, string extra, string deployIn = "deployIn:\n  labels: [web]") =>
        Load($"kind: {kind}\n{Datacenters}\n{deployIn}\n{extra}\n");
}
