using System.Text.Json.Serialization;

namespace Overlord.Client.Contract;

/// <summary>A cancel (POST project/cancel): stops the running up of the project.</summary>
public sealed record CancelJobPayload : JobPayload
{
    [JsonIgnore]
    public override JobKind Kind => JobKind.Cancel;
}
