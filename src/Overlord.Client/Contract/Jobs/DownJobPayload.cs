using System.Text.Json.Serialization;

namespace Overlord.Client.Contract;

/// <summary>A destroy (POST project/down).</summary>
public sealed record DownJobPayload(IReadOnlyDictionary<string, string> Environment, bool Force) : JobPayload
{
    [JsonIgnore]
    public override JobKind Kind => JobKind.Down;
}
