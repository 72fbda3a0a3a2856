using System.Text.Json.Serialization;
using Overlord.Client.Contract;

namespace Overlord.Client.Tree;

/// <summary>The data of one node in a <c>namespaces</c> tree: <c>{"namespaces":{"web":[entries]}}</c>.</summary>
public sealed record TreeNamespacesData
{
    [JsonPropertyName("namespaces")]
    public IReadOnlyDictionary<string, IReadOnlyList<NamespaceEntry>> Namespaces { get; init; } =
        new Dictionary<string, IReadOnlyList<NamespaceEntry>>();
}
