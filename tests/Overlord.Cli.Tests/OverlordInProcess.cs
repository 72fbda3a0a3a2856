namespace Overlord.Cli.Tests;

/// <summary><c>overlord ARGS</c> run in the test process (the command line itself, not the built executable): its exit code and both streams.</summary>
internal static class OverlordInProcess
{
    public static async Task<(int ExitCode, string StdOut, string StdErr)> RunAsync(string workingDirectory, params string[] args)
    {
        using var output = new StringWriter { NewLine = "\n" };
        using var error = new StringWriter { NewLine = "\n" };
        var code = await OverlordCommandLine.RunAsync(args, output, error, workingDirectory);
        return (code, output.ToString(), error.ToString());
    }
}
