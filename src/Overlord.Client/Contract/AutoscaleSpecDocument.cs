using System.Text.Json;
using System.Text.Json.Serialization;

namespace Overlord.Client.Contract;

/// <summary>
/// The minimal directorProject document a node wraps autoscale metadata in, so the spec loader checks it with its
/// own rules: a local datacenter that is never called, every label, the project's name, and the metadata's
/// <c>projectFile</c>, <c>environment</c>, <c>reserve_port</c> and <c>autoScale</c> as they were written (the last
/// three left out when the metadata has none).
/// </summary>
public sealed record AutoscaleSpecDocument
{
    [JsonPropertyName("kind")]
    public string Kind { get; } = "directorProject";

    [JsonPropertyName("datacenters")]
    public AutoscaleSpecDatacenters Datacenters { get; } = new();

    [JsonPropertyName("deployIn")]
    public AutoscaleSpecDeployIn DeployIn { get; } = new();

    [JsonPropertyName("projectName")]
    public required string ProjectName { get; init; }

    [JsonPropertyName("projectFile")]
    public required string ProjectFile { get; init; }

    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    [JsonPropertyName("environment")]
    public JsonElement? Environment { get; init; }

    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    [JsonPropertyName("reserve_port")]
    public JsonElement? ReservePort { get; init; }

    [JsonPropertyName("autoScale")]
    public required JsonElement AutoScale { get; init; }
}

/// <summary><c>{"local": {...}}</c>: the one datacenter of <see cref="AutoscaleSpecDocument"/>.</summary>
public sealed record AutoscaleSpecDatacenters
{
    [JsonPropertyName("local")]
    public AutoscaleSpecDatacenter Local { get; } = new();
}

/// <summary>A datacenter that is only there to be valid: the loader requires an entry point and a token.</summary>
public sealed record AutoscaleSpecDatacenter
{
    [JsonPropertyName("entrypoint")]
    public string Entrypoint { get; } = "http://127.0.0.1";

    [JsonPropertyName("access_token")]
    public string AccessToken { get; } = "-";
}

/// <summary><c>{"labels": ["all"]}</c>.</summary>
public sealed record AutoscaleSpecDeployIn
{
    [JsonPropertyName("labels")]
    public IReadOnlyList<string> Labels { get; } = ["all"];
}
