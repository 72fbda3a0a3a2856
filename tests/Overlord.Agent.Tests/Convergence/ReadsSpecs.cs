using Overlord.Core.Environment;
using Overlord.Core.Specs;
using Overlord.Core.Specs.Reading;
using Overlord.Testing;

namespace Overlord.Agent.Tests.Convergence;

/// <summary>Specs and node metadata for the <see cref="Agent.Convergence.MetadataReads"/> tests.</summary>
internal static class ReadsSpecs
{
    public static readonly IReadOnlyDictionary<string, string> NoEnvironment = new Dictionary<string, string>();

    public static readonly IReadOnlyDictionary<string, string> NoMetadata = new Dictionary<string, string>();

    public static DirectorProjectSpec Project(string directorFile) => new() { ProjectName = "app", ProjectFile = directorFile };

    /// <summary>A Director file with one service using <paramref name="makejail"/>.</summary>
    public static DirectorProjectSpec Using(string makejail) => Project($"""
        services:
          web:
            makejail: {makejail}
        """);

    public static VmJailSpec Vm(string? makejail = null, string? makejailFromMetadata = null) => new()
    {
        VmName = "vm1",
        Makejail = makejail,
        MakejailFromMetadata = makejailFromMetadata,
        DiskLayout = new DiskLayoutSpec { Driver = "nvme", Size = "20G", From = new DiskSourceSpec { Type = DiskSourceType.Components } },
    };

    public static Dictionary<string, string> Metadata(params (string Key, string Value)[] entries) =>
        entries.ToDictionary(entry => entry.Key, entry => entry.Value, StringComparer.Ordinal);

    /// <summary>A spec of examples-repo, loaded as the agent loads it.</summary>
    public static Spec Example(string relativePath)
    {
        var root = RepositoryLayout.PathOf("examples-repo");
        var variables = new VariableSource(
            new Dictionary<string, string> { ["OVERLORD_ENTRYPOINT"] = "http://127.0.0.1:8888", ["OVERLORD_TOKEN"] = "token" }).WithEnvFile(EnvFile.Read(Path.Combine(root, ".env")));
        var result = SpecLoader.Load(Path.Combine(root, relativePath), variables, root);
        return result.Spec ?? throw new InvalidOperationException(string.Join('\n', result.Diagnostics.Errors));
    }
}
