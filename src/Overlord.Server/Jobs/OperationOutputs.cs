using System.Text.Json;
using Overlord.Client.Contract;
using Overlord.Runtime;

namespace Overlord.Server.Jobs;

/// <summary>A status's <c>output</c> from a runtime's result: <c>{"rc":N,"stdout":{Director JSON},"stderr":"..."}</c>, as the original stores it.</summary>
internal static class OperationOutputs
{
    public static OperationOutput From(RuntimeResult result) => new()
    {
        Rc = result.ExitCode,
        Stdout = JsonSerializer.SerializeToElement(
            new DirectorOutput
            {
                Errlevel = result.ErrLevel,
                Message = result.Message,
                Failed = [.. result.Failed.Select(step => new DirectorFailure { Type = step.Type, Service = step.Service })],
            },
            OverlordJson.Options.TypeInfo<DirectorOutput>()),
        Stderr = result.StdErr,
    };
}
