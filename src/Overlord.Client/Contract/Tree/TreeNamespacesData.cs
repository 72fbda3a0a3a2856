using System.Text.Json.Serialization;

namespace Overlord.Client.Contract;

/// <summary>The data of one node in a <c>namespaces</c> tree: <c>{"namespaces":{"web":[entries]}}</c>.</summary>
public sealed record TreeNamespacesData
{
    [JsonPropertyName("namespaces")]
    public IReadOnlyDictionary<string, IReadOnlyList<NamespaceEntry>> Namespaces { get; init; } =
        new Dictionary<string, IReadOnlyList<NamespaceEntry>>();
}
