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

    /// <summary>Polls a condition for at most 60 seconds.</summary>
    public static async Task EventuallyAsync(Func<Task<bool>> condition)
    {
        var deadline = DateTimeOffset.UtcNow.AddSeconds(60);
        while (!await condition())
        {
            Assert.True(DateTimeOffset.UtcNow < deadline, "the condition did not hold within 60 seconds");
            await Task.Delay(100, TestContext.Current.CancellationToken);
        }
    }
}
