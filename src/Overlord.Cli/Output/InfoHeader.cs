namespace Overlord.Cli.Output;

/// <summary>
/// The header of a node's block: <c>datacenter:</c> the datacenter's name, <c>entrypoint:</c> its URL (the original
/// printed the two the other way round), <c>chain:</c> the path or <c>None</c>, then the labels when they were read.
/// </summary>
internal static class InfoHeader
{
    public static void Write(TextWriter output, InfoNode node, bool showLabels)
    {
        output.WriteLine($"datacenter: {node.Datacenter}");
        output.WriteLine($"  entrypoint: {node.Entrypoint}");
        output.WriteLine($"  chain: {node.Chain ?? "None"}");
        if (!showLabels || node.Labels.Count == 0)
        {
            return;
        }

        output.WriteLine("  labels:");
        foreach (var label in node.Labels)
        {
            output.WriteLine($"    - {label}");
        }
    }
}
