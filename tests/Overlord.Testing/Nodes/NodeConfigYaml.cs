using System.Text;
using Overlord.Core.Config;
using Overlord.Core.Environment;
using Overlord.Testing.FakeTools;

namespace Overlord.Testing.Nodes;

/// <summary>A test node's overlord.yml, written as an operator would and loaded by the real config loader.</summary>
public static class NodeConfigYaml
{
    public static OverlordConfig Load(NodeSpec spec, string dataDirectory, string secret, FakeToolbox tools, string appJailLogs)
    {
        var yaml = new StringBuilder()
            .Append($"runtime: {spec.Runtime}\n")
            .Append($"data_dir: '{dataDirectory}'\n")
            .Append("listen: 127.0.0.1\n")
            .Append($"secret_key: '{secret}'\n")
            .Append($"labels: [{string.Join(", ", spec.Labels)}]\n")
            .Append($"director:\n  logs: '{tools.DirectorLogsDirectory}'\n")
            .Append($"  projects: '{tools.DirectorProjectsDirectory}'\n  locks: '{tools.DirectorLocksDirectory}'\n")
            .Append($"appjail:\n  jails: '{tools.JailsDirectory}'\n  logs: '{appJailLogs}'\n");
        if (spec.Chains.Count > 0)
        {
            yaml.Append("chains:\n");
            foreach (var chain in spec.Chains)
            {
                yaml.Append($"  {chain.Name}:\n    entrypoint: '{chain.Entrypoint.AbsoluteUri.TrimEnd('/')}'\n    access_token: '{chain.Token}'\n");
                foreach (var line in chain.Extra.Split('\n', StringSplitOptions.RemoveEmptyEntries))
                {
                    yaml.Append("    ").Append(line).Append('\n');
                }
            }
        }

        yaml.Append(spec.ExtraYaml);
        var result = ConfigLoader.Parse(yaml.ToString(), "node.yml", VariableSource.Empty);
        if (!result.Succeeded)
        {
            throw new InvalidOperationException("the test node's overlord.yml does not load:\n" + string.Join("\n", result.Diagnostics.Errors));
        }

        return result.Config! with { Port = spec.Port };
    }
}
