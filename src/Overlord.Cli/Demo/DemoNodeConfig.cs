using System.Globalization;
using System.Text;

namespace Overlord.Cli.Demo;

/// <summary>
/// The <c>overlord.yml</c> of a demo node, as an operator writes one: 127.0.0.1, its port, the process runtime,
/// its data folder and labels, its children under <c>chains:</c> and, on the root, an <c>agent:</c> that watches
/// the demo's repository every <see cref="AgentInterval"/>.
/// </summary>
internal static class DemoNodeConfig
{
    /// <summary>
    /// How often the demo's agent polls: a push to the demo's repository is deployed by itself within seconds
    /// (issue 9). A poll with nothing new costs one <c>git ls-remote</c> and one tree request, so 2 s is cheap.
    /// </summary>
    public static readonly TimeSpan AgentInterval = TimeSpan.FromSeconds(2);

    public static string Text(DemoNode node, string dataDirectory, IReadOnlyList<(DemoNode Child, string Token)> chains, string? agentRepository)
    {
        ArgumentNullException.ThrowIfNull(node);
        ArgumentNullException.ThrowIfNull(chains);
        var text = new StringBuilder();
        text.AppendLine("listen: 127.0.0.1");
        text.AppendLine(CultureInfo.InvariantCulture, $"port: {node.Port}");
        text.AppendLine("runtime: process");
        text.AppendLine(CultureInfo.InvariantCulture, $"data_dir: {Quoted(dataDirectory)}");
        text.AppendLine(CultureInfo.InvariantCulture, $"labels: [{node.LabelsText}]");
        if (chains.Count > 0)
        {
            text.AppendLine("chains:");
            foreach (var (child, token) in chains)
            {
                text.AppendLine(CultureInfo.InvariantCulture, $"  {child.Name}:");
                text.AppendLine(CultureInfo.InvariantCulture, $"    entrypoint: {Quoted(child.Entrypoint.ToString())}");
                text.AppendLine(CultureInfo.InvariantCulture, $"    access_token: {Quoted(token)}");
            }
        }

        if (agentRepository is not null)
        {
            text.AppendLine("agent:");
            text.AppendLine(CultureInfo.InvariantCulture, $"  repository: {Quoted(agentRepository)}");
            text.AppendLine("  branch: main");
            text.AppendLine(CultureInfo.InvariantCulture, $"  interval: {AgentInterval.TotalSeconds:0}");
        }

        return text.ToString();
    }

    /// <summary>A single-quoted YAML scalar: nothing in it is special but the quote, which doubles.</summary>
    private static string Quoted(string value) => "'" + value.Replace("'", "''", StringComparison.Ordinal) + "'";
}
