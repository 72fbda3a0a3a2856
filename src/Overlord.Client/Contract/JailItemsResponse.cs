using System.Text.Json.Serialization;
using Overlord.Core.Jails;

namespace Overlord.Client.Contract;

/// <summary>
/// <c>GET /v1/jail/{devfs,expose,healthcheck,limits,fstab,labels,nat,volumes}/{jail}</c>: one list under the
/// item's own name, e.g. <c>{"expose":[{"enabled":"1","hport":"80","jport":"80","nro":"0",...}]}</c>.
/// Entry values are AppJail's file contents, so strings or null. <c>{}</c> while nothing is cached yet.
/// </summary>
public sealed record JailItemsResponse : ApiResponse
{
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    [JsonPropertyName("devfs")]
    public IReadOnlyList<IReadOnlyDictionary<string, string?>>? Devfs { get; init; }

    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    [JsonPropertyName("expose")]
    public IReadOnlyList<IReadOnlyDictionary<string, string?>>? Expose { get; init; }

    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    [JsonPropertyName("healthcheck")]
    public IReadOnlyList<IReadOnlyDictionary<string, string?>>? Healthcheck { get; init; }

    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    [JsonPropertyName("limits")]
    public IReadOnlyList<IReadOnlyDictionary<string, string?>>? Limits { get; init; }

    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    [JsonPropertyName("fstab")]
    public IReadOnlyList<IReadOnlyDictionary<string, string?>>? Fstab { get; init; }

    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    [JsonPropertyName("labels")]
    public IReadOnlyList<IReadOnlyDictionary<string, string?>>? Labels { get; init; }

    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    [JsonPropertyName("nat")]
    public IReadOnlyList<IReadOnlyDictionary<string, string?>>? Nat { get; init; }

    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    [JsonPropertyName("volumes")]
    public IReadOnlyList<IReadOnlyDictionary<string, string?>>? Volumes { get; init; }

    /// <summary>The body of one item's route: its list under its own name, the other items left out.</summary>
    public static JailItemsResponse Of(JailItem item, IReadOnlyList<IReadOnlyDictionary<string, string?>> entries) => item switch
    {
        JailItem.Devfs => new() { Devfs = entries },
        JailItem.Expose => new() { Expose = entries },
        JailItem.Healthcheck => new() { Healthcheck = entries },
        JailItem.Limits => new() { Limits = entries },
        JailItem.Fstab => new() { Fstab = entries },
        JailItem.Labels => new() { Labels = entries },
        JailItem.Nat => new() { Nat = entries },
        JailItem.Volumes => new() { Volumes = entries },
        _ => throw new ArgumentOutOfRangeException(nameof(item), item, "unknown jail item"),
    };

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
