namespace Overlord.Cli.Tests;

/// <summary>Runs the agent commands in-process against one node, with its entrypoint and token on the command line.</summary>
internal sealed class AgentCliRunner(string workingDirectory, string entrypoint, string token)
{
    public async Task<(int ExitCode, string StdOut, string StdErr)> RunAsync(params string[] args)
    {
        Directory.CreateDirectory(workingDirectory);
        return await OverlordInProcess.RunAsync(workingDirectory, [.. args, "--entrypoint", entrypoint, "--token", token]);
    }
}
