using System.Text.Json.Serialization;

namespace Overlord.Client.Contract;

/// <summary>
/// <c>GET /v1/jail/{devfs,expose,healthcheck,limits,fstab,labels,nat,volumes}/{jail}</c>: one list under the
/// item's own name, e.g. <c>{"expose":[{"enabled":"1","hport":"80","jport":"80","nro":"0",...}]}</c>.
/// Entry values are AppJail's file contents, so strings or null. <c>{}</c> while nothing is cached yet.
/// </summary>
public sealed record JailItemsResponse : ApiResponse
{
    [JsonPropertyName("devfs")]
    public IReadOnlyList<IReadOnlyDictionary<string, string?>>? Devfs { get; init; }

    [JsonPropertyName("expose")]
    public IReadOnlyList<IReadOnlyDictionary<string, string?>>? Expose { get; init; }

    [JsonPropertyName("healthcheck")]
    public IReadOnlyList<IReadOnlyDictionary<string, string?>>? Healthcheck { get; init; }

    [JsonPropertyName("limits")]
    public IReadOnlyList<IReadOnlyDictionary<string, string?>>? Limits { get; init; }

    [JsonPropertyName("fstab")]
    public IReadOnlyList<IReadOnlyDictionary<string, string?>>? Fstab { get; init; }

    [JsonPropertyName("labels")]
    public IReadOnlyList<IReadOnlyDictionary<string, string?>>? Labels { get; init; }

    [JsonPropertyName("nat")]
    public IReadOnlyList<IReadOnlyDictionary<string, string?>>? Nat { get; init; }

    [JsonPropertyName("volumes")]
    public IReadOnlyList<IReadOnlyDictionary<string, string?>>? Volumes { get; init; }

    /// <summary>The list of <paramref name="item"/>, empty when the node sent none.</summary>
    public IReadOnlyList<IReadOnlyDictionary<string, string?>> EntriesOf(JailItem item) => item switch
    {
        JailItem.Devfs => Devfs,
        JailItem.Expose => Expose,
        JailItem.Healthcheck => Healthcheck,
        JailItem.Limits => Limits,
        JailItem.Fstab => Fstab,
        JailItem.Labels => Labels,
        JailItem.Nat => Nat,
        JailItem.Volumes => Volumes,
        _ => throw new ArgumentOutOfRangeException(nameof(item), item, "unknown jail item"),
    } ?? [];
}
