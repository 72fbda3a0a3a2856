using Overlord.Platform.Processes;

namespace Overlord.Bench.Nodes;

/// <summary>The <c>overlord</c> executable run as a command, as an operator types it.</summary>
public sealed class OverlordCli(string executable)
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(60);

    public string Executable => executable;

    /// <summary><c>OVERLORD_CONFIG=FILE overlord gen-token</c>: a token the node of that config accepts.</summary>
    public async Task<string> GenTokenAsync(string configFile, CancellationToken cancellationToken)
    {
        var result = await RunAsync(Path.GetDirectoryName(configFile)!, new Dictionary<string, string> { ["OVERLORD_CONFIG"] = configFile }, ["gen-token"], cancellationToken);
        return result.StdOut.Trim();
    }

    /// <summary>Runs a command and fails the bench when it exits non-zero.</summary>
    public async Task<ToolResult> RunAsync(string directory, IReadOnlyDictionary<string, string> environment, IEnumerable<string> arguments, CancellationToken cancellationToken)
    {
        var args = arguments.ToList();
        var options = new ToolRunOptions { WorkingDirectory = directory, Environment = environment, Timeout = Patience };
        var result = await ToolRunner.RunAsync(executable, args, options, cancellationToken);
        if (result.ExitCode != 0)
        {
            throw new InvalidOperationException($"overlord {string.Join(' ', args)} exited {result.ExitCode}: {result.StdErr}");
        }

        return result;
    }
}
