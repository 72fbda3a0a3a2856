using System.Text.Json;

namespace Overlord.Server.Jobs;

/// <summary>Stores payloads as JSON with the API's field names (<c>director_file</c>, <c>reserve_port</c>...); the kind column picks the type.</summary>
internal static class JobPayloadSerializer
{
    private static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.General)
    {
        PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower,
    };

    public static string Serialize(JobPayload payload) => payload switch
    {
        UpJobPayload up => JsonSerializer.Serialize(up, Options),
        DownJobPayload down => JsonSerializer.Serialize(down, Options),
        CancelJobPayload cancel => JsonSerializer.Serialize(cancel, Options),
        VmJobPayload vm => JsonSerializer.Serialize(vm, Options),
        _ => throw new ArgumentOutOfRangeException(nameof(payload), payload.GetType().Name, null),
    };

    public static JobPayload Deserialize(JobKind kind, string json) => kind switch
    {
        JobKind.Up => JsonSerializer.Deserialize<UpJobPayload>(json, Options)!,
        JobKind.Down => JsonSerializer.Deserialize<DownJobPayload>(json, Options)!,
        JobKind.Cancel => new CancelJobPayload(),
        JobKind.Vm => JsonSerializer.Deserialize<VmJobPayload>(json, Options)!,
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, null),
    };
}
