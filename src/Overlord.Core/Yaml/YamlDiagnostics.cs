using Overlord.Core.Diagnostics;

namespace Overlord.Core.Yaml;

/// <summary>Reporting at a node's position; here rather than on the bag, so that diagnostics do not depend on YAML.</summary>
public static class YamlDiagnostics
{
    public static void Error(this DiagnosticBag bag, YamlNode node, string path, string message)
    {
        ArgumentNullException.ThrowIfNull(bag);
        ArgumentNullException.ThrowIfNull(node);
        bag.Error(node.Start, path, message);
    }
}
