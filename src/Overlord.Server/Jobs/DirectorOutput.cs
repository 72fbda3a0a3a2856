using System.Text.Json.Serialization;
using Overlord.Runtime;

namespace Overlord.Server.Jobs;

/// <summary>Director's JSON answer: <c>{"errlevel":0,"message":null,"failed":[{"type":"start","service":"web"}]}</c>.</summary>
public sealed record DirectorOutput(
    [property: JsonPropertyName("errlevel")] int ErrLevel,
    [property: JsonPropertyName("message")] string? Message,
    [property: JsonPropertyName("failed")] IReadOnlyList<FailedStep> Failed);
