using System.Text.Json.Serialization;
using Overlord.Runtime;

namespace Overlord.Server.Jobs;

/// <summary>A status's <c>output</c>: <c>{"rc":N,"stdout":{Director JSON},"stderr":"..."}</c>, as the original stores it.</summary>
public sealed record OperationOutput(
    [property: JsonPropertyName("rc")] int Rc,
    [property: JsonPropertyName("stdout")] DirectorOutput Stdout,
    [property: JsonPropertyName("stderr")] string Stderr)
{
    public static OperationOutput From(RuntimeResult result) =>
        new(result.ExitCode, new DirectorOutput(result.ErrLevel, result.Message, result.Failed), result.StdErr);
}
