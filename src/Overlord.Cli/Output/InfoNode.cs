using System.Text.Json;

namespace Overlord.Cli.Output;

/// <summary>One node as get-info shows it: its datacenter's name and URL, its chain path (null for the entry node),
/// its labels, and the data its tree answer carried.</summary>
internal sealed record InfoNode(string Datacenter, string Entrypoint, string? Chain, IReadOnlyList<string> Labels, JsonElement? Data)
{
    /// <summary>A property of the node's data, when the data is an object that has it.</summary>
    public JsonElement? Property(string name) =>
        Data is { ValueKind: JsonValueKind.Object } data && data.TryGetProperty(name, out var value) ? value : null;
}
