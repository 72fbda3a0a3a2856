namespace Overlord.Platform.Processes;

/// <summary>What an external tool did when its standard output is binary (git cat-file, git show of a blob).</summary>
public sealed record ToolBytesResult(int ExitCode, byte[] StdOut, string StdErr)
{
    public bool Succeeded => ExitCode == 0;
}
