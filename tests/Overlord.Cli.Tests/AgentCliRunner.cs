namespace Overlord.Cli.Tests;

/// <summary>Runs the agent commands in-process against one node, with its entrypoint and token on the command line.</summary>
internal sealed class AgentCliRunner(string workingDirectory, string entrypoint, string token)
{
    public async Task<(int ExitCode, string StdOut, string StdErr)> RunAsync(params string[] args)
    {
        Directory.CreateDirectory(workingDirectory);
        using var output = new StringWriter { NewLine = "\n" };
        using var error = new StringWriter { NewLine = "\n" };
        var code = await OverlordCommandLine.RunAsync([.. args, "--entrypoint", entrypoint, "--token", token], output, error, workingDirectory);
        return (code, output.ToString(), error.ToString());
    }
}
