using System.Text.Json.Nodes;
using System.Text.Json.Serialization;

namespace Overlord.Client.Contract;

/// <summary>
/// A VM creation (POST vm/{name}): the profile as the request carried it (checked before it was queued, and read
/// again into a spec when the job runs) and whether an installed VM is restarted.
/// </summary>
public sealed record VmJobPayload(JsonObject Profile, bool Restart) : JobPayload
{
    [JsonIgnore]
    public override JobKind Kind => JobKind.Vm;
}
