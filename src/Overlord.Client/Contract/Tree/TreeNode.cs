using System.Text.Json;
using System.Text.Json.Serialization;

namespace Overlord.Client.Contract;

/// <summary>
/// One node's answer in a tree response. <see cref="Chain"/> is its path from the answering node (null for
/// that node itself). When <see cref="Ok"/>, <see cref="Data"/> holds the JSON the node's own route returns;
/// otherwise <see cref="Error"/> says why the node could not answer.
/// </summary>
public sealed record TreeNode
{
    [JsonPropertyName("chain")]
    public string? Chain { get; init; }

    [JsonPropertyName("labels")]
    public IReadOnlyList<string> Labels { get; init; } = [];

    [JsonPropertyName("ok")]
    public bool Ok { get; init; }

    [JsonPropertyName("data")]
    public JsonElement? Data { get; init; }

    [JsonPropertyName("error")]
    public TreeNodeError? Error { get; init; }

    /// <summary>
    /// <see cref="Data"/> read as <typeparamref name="T"/> (e.g. <c>LabelsResponse</c> or <see cref="TreeProjectsData"/>);
    /// null when there is no data. Throws <see cref="JsonException"/> when the data has another shape.
    /// </summary>
    public T? ReadData<T>()
        where T : class =>
        Data is { ValueKind: not JsonValueKind.Null and not JsonValueKind.Undefined } data ? data.Deserialize(OverlordJson.Options.TypeInfo<T>()) : null;
}
