using System.Text.Json;
using Overlord.Client.Contract;

namespace Overlord.Server.Jobs;

/// <summary>
/// Stores payloads as JSON with the API's field names (<c>director_file</c>, <c>reserve_port</c>...) through the contract's
/// serializer, escaped as they always were; the kind column picks the type.
/// </summary>
internal static class JobPayloadSerializer
{
    public static string Serialize(JobPayload payload) => payload switch
    {
        UpJobPayload up => JsonSerializer.Serialize(up, OverlordJson.Escaped.TypeInfo<UpJobPayload>()),
        DownJobPayload down => JsonSerializer.Serialize(down, OverlordJson.Escaped.TypeInfo<DownJobPayload>()),
        CancelJobPayload cancel => JsonSerializer.Serialize(cancel, OverlordJson.Escaped.TypeInfo<CancelJobPayload>()),
        VmJobPayload vm => JsonSerializer.Serialize(vm, OverlordJson.Escaped.TypeInfo<VmJobPayload>()),
        _ => throw new ArgumentOutOfRangeException(nameof(payload), payload.GetType().Name, null),
    };

    public static JobPayload Deserialize(JobKind kind, string json) => kind switch
    {
        JobKind.Up => JsonSerializer.Deserialize(json, OverlordJson.Escaped.TypeInfo<UpJobPayload>())!,
        JobKind.Down => JsonSerializer.Deserialize(json, OverlordJson.Escaped.TypeInfo<DownJobPayload>())!,
        JobKind.Cancel => new CancelJobPayload(),
        JobKind.Vm => JsonSerializer.Deserialize(json, OverlordJson.Escaped.TypeInfo<VmJobPayload>())!,
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, null),
    };
}
