using System.Security.Cryptography;
using System.Text;
using Overlord.Core.Specs;
using Overlord.Core.Specs.Printing;

namespace Overlord.Agent.Convergence;

/// <summary>
/// The content hashes of a deployment (issue 9). The spec hash covers the printed spec (less what only selects nodes: datacenters,
/// which the agent does not use, deployIn and maximumDeployments; secrets masked) and, for a project, the environment merged for the node; the
/// reads hash covers the metadata values it reads there. Two hashes, so a change of only the second recreates.
/// </summary>
public static class DeploymentHashes
{
    /// <summary>The reads hash of a deployment that reads no metadata: the hash of the text the loop below makes for no keys.</summary>
    private static readonly string NothingRead = Hash("\n");

    public static string Spec(Spec spec, IReadOnlyDictionary<string, string> environment)
    {
        ArgumentNullException.ThrowIfNull(spec);
        ArgumentNullException.ThrowIfNull(environment);
        var printed = SpecPrinter.ToJson(spec);
        foreach (var selection in (string[])["datacenters", "deployIn", "maximumDeployments", "readLive"])
        {
            printed.Remove(selection);
        }

        var text = new StringBuilder(printed.ToJsonString()).Append('\n');
        foreach (var (key, value) in environment.OrderBy(pair => pair.Key, StringComparer.Ordinal))
        {
            text.Append(key).Append('=').Append(value).Append('\0');
        }

        return Hash(text.ToString());
    }

    /// <summary>
    /// The hash of <paramref name="reads"/> on a node holding <paramref name="metadata"/>; keys in <paramref name="live"/>
    /// (from metadata specs with <c>readLive: true</c>) are left out.
    /// </summary>
    public static string Reads(MetadataReadSet reads, IReadOnlyDictionary<string, string> metadata, IReadOnlySet<string> live)
    {
        ArgumentNullException.ThrowIfNull(reads);
        ArgumentNullException.ThrowIfNull(metadata);
        ArgumentNullException.ThrowIfNull(live);
        if (!reads.Everything && reads.Keys.Count == 0)
        {
            // What a metadata spec reads: one string for every such pair, not one each (issue 14.6).
            return NothingRead;
        }

        var keys = reads.Everything ? metadata.Keys : reads.Keys;
        var text = new StringBuilder(reads.Everything ? "*\n" : "\n");
        foreach (var key in keys.Where(key => !live.Contains(key)).Order(StringComparer.Ordinal))
        {
            text.Append(key).Append('\0').Append(metadata.TryGetValue(key, out var value) ? Hash(value) : "-").Append('\n');
        }

        return Hash(text.ToString());
    }

    /// <summary>The two hashes as one, for display.</summary>
    public static string Combined(string specHash, string readsHash) => Hash(specHash + readsHash)[..16];

    private static string Hash(string text) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text)));
}
