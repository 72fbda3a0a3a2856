namespace Overlord.Platform.Processes;

/// <summary>What an external tool did: its exit code and everything it printed (as CliWrap's BufferedCommandResult).</summary>
public sealed record ToolResult(int ExitCode, string StdOut, string StdErr)
{
    public bool Succeeded => ExitCode == 0;
}
