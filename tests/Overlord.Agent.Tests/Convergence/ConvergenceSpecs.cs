using Overlord.Core.Specs;

namespace Overlord.Agent.Tests.Convergence;

/// <summary>
/// Spec records for the reconcile tests, built as the loader leaves them: one datacenter <c>main</c>, and
/// <c>deployIn.entrypoints</c> filled in (the loader defaults it to every datacenter).
/// </summary>
internal static class ConvergenceSpecs
{
    private static readonly IReadOnlyDictionary<string, DatacenterSpec> Main =
        new Dictionary<string, DatacenterSpec> { ["main"] = new() { Entrypoint = "http://127.0.0.1:1" } };

    public static DeployInSpec Labels(params string[] labels) => new() { Entrypoints = ["main"], Labels = labels };

    /// <summary>
    /// A project named after its file (<c>web/app.yml</c> deploys <c>app</c>) on every node labelled <c>all</c>; its
    /// one service uses a Makejail from GitHub, so it reads no metadata unless the test adds some.
    /// </summary>
    public static DirectorProjectSpec Project(string path, DeployInSpec? deployIn = null) => new()
    {
        ProjectName = Path.GetFileNameWithoutExtension(path),
        ProjectFile = "services:\n  app:\n    makejail: gh+AppJail-makejails/nginx\n",
        Datacenters = Main,
        DeployIn = deployIn ?? Labels(DeployInSpec.AllLabel),
    };

    public static MetadataSpec Metadata(IReadOnlyList<(string Key, string Value)> values, DeployInSpec? deployIn = null, bool readLive = false) => new()
    {
        Metadata = values.ToDictionary(value => value.Key, value => value.Value, StringComparer.Ordinal),
        ReadLive = readLive,
        Datacenters = Main,
        DeployIn = deployIn ?? Labels(DeployInSpec.AllLabel),
    };

    public static Dictionary<string, IReadOnlyDictionary<string, string>> PerKey(params (string Key, string Name, string Value)[] entries) =>
        entries.ToDictionary(
            entry => entry.Key,
            entry => (IReadOnlyDictionary<string, string>)new Dictionary<string, string> { [entry.Name] = entry.Value },
            StringComparer.Ordinal);
}
