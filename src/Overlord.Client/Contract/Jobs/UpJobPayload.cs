using System.Text.Json.Serialization;

namespace Overlord.Client.Contract;

/// <summary>An apply (POST project/up): the Director file, its environment, restart, and the interfaces to reserve a port on.</summary>
/// <param name="DirectorFile">The Director YAML, byte-identical to what the request carried.</param>
/// <param name="Environment">Variables for the project.</param>
/// <param name="Restart">Stop the project first when it exists.</param>
/// <param name="ReservePort">Interface name to CIDR (or null: any address of the interface).</param>
public sealed record UpJobPayload(
    string DirectorFile,
    IReadOnlyDictionary<string, string> Environment,
    bool Restart,
    IReadOnlyDictionary<string, string?> ReservePort) : JobPayload
{
    [JsonIgnore]
    public override JobKind Kind => JobKind.Up;
}
