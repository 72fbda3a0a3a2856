using System.Text.Json;
using System.Text.Json.Serialization;

namespace Overlord.Runtime.ProcessDriver;

/// <summary>Builds results in the shape of <c>appjail-director -j</c>: <c>{"errlevel","message","failed":[{"type","service"}]}</c>.</summary>
internal static class DirectorOutput
{
    public static RuntimeResult Success(string? message = null) => Result(0, message, []);

    public static RuntimeResult Failure(int exitCode, string message, IReadOnlyList<FailedStep> failed) =>
        Result(exitCode == 0 ? 1 : exitCode, message, failed);

    private static RuntimeResult Result(int exitCode, string? message, IReadOnlyList<FailedStep> failed)
    {
        var body = new Body(exitCode, message, [.. failed.Select(step => new Step(step.Type, step.Service))]);
        var stdout = JsonSerializer.Serialize(body, RuntimeFilesJsonContext.Default.DirectorOutputBody);
        var stderr = exitCode == 0 || message is null ? "" : message + "\n";
        return new RuntimeResult(exitCode, exitCode, message, failed, stdout, stderr);
    }

    internal sealed record Body(
        [property: JsonPropertyName("errlevel")] int ErrLevel,
        [property: JsonPropertyName("message")] string? Message,
        [property: JsonPropertyName("failed")] IReadOnlyList<Step> Failed);

    internal sealed record Step(
        [property: JsonPropertyName("type")] string Type,
        [property: JsonPropertyName("service")] string Service);
}
