using System.Text.Json.Serialization;

namespace Overlord.Client.Contract;

/// <summary>The data of one node in an <c>autoscale</c> tree: <c>{"autoscale":{"web":{status}}}</c>.</summary>
public sealed record TreeAutoscaleData
{
    [JsonPropertyName("autoscale")]
    public IReadOnlyDictionary<string, AutoscaleStatus> Autoscale { get; init; } = new Dictionary<string, AutoscaleStatus>();
}
