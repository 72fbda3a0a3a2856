using System.Text.Json.Serialization;

namespace Overlord.Client.Contract;

/// <summary>
/// <c>GET /v1/tree/{resource}</c>: one entry per node reached, the answering node first, e.g.
/// <c>{"status_code":200,"nodes":[{"chain":null,"labels":["all"],"ok":true,"data":{"projects":[...]},"error":null}]}</c>.
/// </summary>
public sealed record TreeResponse : ApiResponse
{
    [JsonPropertyName("nodes")]
    public IReadOnlyList<TreeNode> Nodes { get; init; } = [];
}
