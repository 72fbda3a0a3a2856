using System.Text.Json;
using System.Text.Json.Serialization;

namespace Overlord.Client.Contract;

/// <summary>
/// The data of one node in a <c>jails</c> tree: <c>{"jails":{"web":{"stats":{...},"info":{...},"cpuset":"0, 1",...}}}</c>.
/// Each jail's items are the ones asked for, in the order asked, each as its own route writes it.
/// </summary>
public sealed record TreeJailsData
{
    [JsonPropertyName("jails")]
    public IReadOnlyDictionary<string, IReadOnlyDictionary<string, JsonElement>> Jails { get; init; } =
        new Dictionary<string, IReadOnlyDictionary<string, JsonElement>>();
}
