using System.Text;

namespace Overlord.Testing;

/// <summary>
/// A node of a <see cref="ServedTree"/> as a test describes it: its name (its folder), port, labels, children
/// (name, port, token) and any more top-level overlord.yml keys; it runs the process runtime.
/// </summary>
public sealed record ServedNode(string Name, int Port)
{
    /// <summary>The labels as YAML, such as <c>[web, eu]</c>.</summary>
    public string Labels { get; init; } = "[]";

    public IReadOnlyList<(string Name, int Port, string Token)> Chains { get; init; } = [];

    /// <summary>More keys of every chain, as YAML lines (such as <c>read_timeout: 60\n</c>).</summary>
    public string ChainKeys { get; init; } = "";

    /// <summary>More top-level overlord.yml keys, as YAML text.</summary>
    public string ExtraYaml { get; init; } = "";

    /// <summary>The node's overlord.yml, its data under <paramref name="dataDirectory"/>.</summary>
    public string ConfigYaml(string dataDirectory)
    {
        var yaml = new StringBuilder($"listen: 127.0.0.1\nport: {Port}\nruntime: process\ndata_dir: '{dataDirectory}'\nlabels: {Labels}\n");
        if (Chains.Count > 0)
        {
            yaml.Append("chains:\n");
            foreach (var (name, port, token) in Chains)
            {
                yaml.Append($"  {name}:\n    entrypoint: http://127.0.0.1:{port}\n    access_token: {token}\n");
                foreach (var line in ChainKeys.Split('\n', StringSplitOptions.RemoveEmptyEntries))
                {
                    yaml.Append("    ").Append(line).Append('\n');
                }
            }
        }

        return yaml.Append(ExtraYaml).ToString();
    }
}
